using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Platform.Data.Records.Sql;

/// <summary>
/// One SQL statement being written: its text and its parameters. User values only ever enter through
/// <see cref="Parameter"/>; the text holds keywords, our own column expressions and integers we own.
/// </summary>
internal sealed class SqlStatement
{
    private readonly StringBuilder _text = new();
    private readonly List<object?> _values = [];

    public SqlStatement Append(string sql)
    {
        _text.Append(sql);
        return this;
    }

    public SqlStatement Append(char symbol)
    {
        _text.Append(symbol);
        return this;
    }

    public SqlStatement Append(long number)
    {
        _text.Append(number.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Adds a parameter and returns its placeholder (<c>@p0</c>).</summary>
    public string Parameter(object? value)
    {
        _values.Add(value);
        return "@p" + (_values.Count - 1).ToString(CultureInfo.InvariantCulture);
    }

    public string Text => _text.ToString();

    public override string ToString() => Text;

    public DbCommand CreateCommand(DbConnection connection, DbTransaction? transaction)
    {
        var command = connection.CreateCommand();
        command.CommandText = Text;
        command.Transaction = transaction;
        for (var i = 0; i < _values.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
            parameter.Value = _values[i] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
