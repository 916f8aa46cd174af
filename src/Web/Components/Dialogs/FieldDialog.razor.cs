using Microsoft.AspNetCore.Components;
using Platform.Data.Results;
using Platform.Data.Tables;
using Platform.Web.Model.Database;
using Platform.Web.Services.Database;
using Radzen;

namespace Platform.Web.Components.Dialogs;

/// <summary>
/// Adds a field, or changes one in as many store steps as it takes (rename, type change with its conversion plan,
/// rules). A type change that would lose values shows the store's plan and applies only on a second, explicit submit.
/// </summary>
public sealed partial class FieldDialog
{
    /// <summary>The inputs a store problem can point at; anything else is shown above the form.</summary>
    private static readonly HashSet<string> InputKeys = ["name", "type", "enumValues", "referenceTableId", "defaultJson", "isRequired", "isUnique", "description"];

    private FieldForm _form = new();
    private IReadOnlyList<TableDocument> _tables = [];
    private TypeChangePlan? _plan;
    private Problem? _problem;
    private string? _error;
    private bool _busy;
    private bool _loaded;

    [Parameter, EditorRequired]
    public required TableDocument Table { get; set; }

    /// <summary>The field to change, or null to add one.</summary>
    [Parameter]
    public FieldDefinition? Field { get; set; }

    /// <summary>Called with the table after every step that changed it, even when a later step is refused.</summary>
    [Parameter]
    public EventCallback<TableDocument> TableChanged { get; set; }

    [Inject]
    public required TableService Tables { get; init; }

    [Inject]
    public required DialogService Dialogs { get; init; }

    private string DefaultHint => _form.Type switch
    {
        FieldType.Timestamp => "now, or 2026-01-31T12:00:00Z",
        FieldType.Bool => "true or false",
        FieldType.Json or FieldType.Object => "JSON, e.g. {}",
        _ when _form.IsList => "JSON list, e.g. []",
        _ => "",
    };

    protected override async Task OnInitializedAsync()
    {
        if (Field is not null)
            _form = FieldForm.From(Field);
        var tables = await Tables.ListAsync(Table.WorkspaceId);
        _tables = tables.Succeeded ? tables.Value : [];
        _loaded = true;
    }

    private string? ErrorFor(string key) => _problem?.Field == key ? _problem.Message : null;

    private void Show(Problem? problem)
    {
        _problem = problem;
        _error = problem is not null && (problem.Field is null || !InputKeys.Contains(problem.Field)) ? problem.Message : null;
    }

    private async Task SubmitAsync()
    {
        if (_busy)
            return;
        _busy = true;
        try
        {
            var problem = Field is null ? await AddAsync() : await ChangeAsync(Field);
            Show(problem);
            if (problem is null && _plan is null)
                Dialogs.Close(Table);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task<Problem?> AddAsync() => await Apply(await Tables.AddFieldAsync(Table, _form.ToSpec()));

    private async Task<Problem?> ChangeAsync(FieldDefinition field)
    {
        // The table may have been reloaded after a change elsewhere that dropped this field.
        if (Table.Fields.All(f => f.Id != field.Id))
            return Problem.Conflict($"The field '{field.Name}' is no longer in the table '{Table.Name}': it was dropped elsewhere.");
        var name = field.Name;
        if (_form.Name.Trim() != field.Name)
        {
            if (await Apply(await Tables.RenameFieldAsync(Table, field.Name, _form.Name)) is { } refused)
                return refused;
            name = Table.Fields.First(f => f.Id == field.Id).Name;
        }
        if (_form.ChangesTypeOf(field))
        {
            if (_plan is null)
            {
                var plan = await Tables.PlanTypeChangeAsync(Table, name, _form.ToTypeChange());
                if (!plan.Succeeded)
                    return plan.Problem;
                if (plan.Value.RequiresConfirmation)
                {
                    _plan = plan.Value;
                    return null;
                }
            }
            var confirmed = _plan is not null;
            _plan = null;
            if (await Apply(await Tables.ChangeTypeAsync(Table, name, _form.ToTypeChange(), confirmed)) is { } refused)
                return refused;
        }
        var current = Table.Fields.First(f => f.Id == field.Id);
        return _form.ChangesOptionsOf(current) ? await Apply(await Tables.ChangeFieldOptionsAsync(Table, name, _form.ToOptions())) : null;
    }

    private async Task<Problem?> Apply(Result<TableDocument> result)
    {
        if (!result.Succeeded)
        {
            if (await Tables.NewerAfterConflictAsync(Table, result.Problem) is not { } latest)
                return result.Problem;
            Table = latest;
            await TableChanged.InvokeAsync(latest);
            return TableService.ChangedElsewhere(latest);
        }
        Table = result.Value;
        await TableChanged.InvokeAsync(Table);
        return null;
    }

    private void Cancel()
    {
        if (_plan is not null)
        {
            _plan = null;
            return;
        }
        Dialogs.Close();
    }
}
