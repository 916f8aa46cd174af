namespace Platform.Data.Variables;

/// <summary>A variable as members see it: its name and who last set it when. Never its value.</summary>
public sealed record VariableSummary(string Name, DateTime UpdatedAt, string? UpdatedBy);

/// <summary>What <see cref="VariableStore.SetAsync"/> may do with an existing or missing name.</summary>
public enum VariableWrite
{
    CreateOrReplace,
    CreateOnly,
    ReplaceOnly,
}
