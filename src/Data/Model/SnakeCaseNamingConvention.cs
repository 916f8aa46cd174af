using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace Platform.Data.Model;

/// <summary>
/// Names every table, column, key, foreign key and index in snake_case, once the model is complete.
/// (EFCore.NamingConventions has no EF Core 10 build in our package mirror.)
/// </summary>
public sealed class SnakeCaseNamingConvention : IModelFinalizingConvention
{
    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (var entity in modelBuilder.Metadata.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table)
                entity.Builder.ToTable(ToSnakeCase(table));
            foreach (var property in entity.GetProperties())
                property.Builder.HasColumnName(ToSnakeCase(property.GetColumnName()));
            foreach (var key in entity.GetKeys())
                Rename(key.GetName() ?? key.GetDefaultName(), name => key.Builder.HasName(name));
            foreach (var foreignKey in entity.GetForeignKeys())
                Rename(foreignKey.GetConstraintName() ?? foreignKey.GetDefaultName(), name => foreignKey.Builder.HasConstraintName(name));
            foreach (var index in entity.GetIndexes())
                Rename(index.GetDatabaseName() ?? index.GetDefaultDatabaseName(), name => index.Builder.HasDatabaseName(name));
        }
    }

    private static void Rename(string? name, Action<string> apply)
    {
        if (name is not null)
            apply(ToSnakeCase(name));
    }

    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var startsWord = i > 0 && name[i - 1] != '_'
                    && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
                if (startsWord)
                    builder.Append('_');
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
