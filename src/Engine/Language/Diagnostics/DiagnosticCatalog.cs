using static Platform.Engine.Language.Diagnostics.DiagnosticSeverity;

namespace Platform.Engine.Language.Diagnostics;

/// <summary>
/// Every diagnostic the language front end reports. Codes are stable: tests, docs and users' CI rely on them.
/// XS00xx text and tokens · XS01xx structure · XS02xx forms Xano's validator rejects (we accept, with a warning)
/// · XS03xx meaning (analyzer) · XS04xx schedules and what the runtime can run.
/// </summary>
public static class DiagnosticCatalog
{
    // --- Text and tokens
    public static readonly DiagnosticDescriptor UnexpectedCharacter = new("XS0001", Error,
        "Unexpected character '{0}'.", "Unexpected character");

    public static readonly DiagnosticDescriptor UnterminatedString = new("XS0002", Error,
        "This text has no closing {0} before the end of the line.", "Unterminated text");

    public static readonly DiagnosticDescriptor UnterminatedBlockString = new("XS0003", Error,
        "This multi-line text has no closing {0}.", "Unterminated multi-line text");

    public static readonly DiagnosticDescriptor TripleQuoteNeedsNewLine = new("XS0004", Error,
        "Multi-line text starts on the line after {0}: put a line break right after it.", "Multi-line text layout");

    public static readonly DiagnosticDescriptor NumberOutOfRange = new("XS0005", Error,
        "The number {0} is too large.", "Number out of range");

    public static readonly DiagnosticDescriptor InvalidTimestamp = new("XS0006", Error,
        "'{0}' is not a valid date and time.", "Invalid timestamp");

    public static readonly DiagnosticDescriptor UnknownEscape = new("XS0007", Warning,
        "'\\{0}' is not an escape, so the backslash is dropped; write '\\\\{0}' to keep it, or use 'single quotes'.", "Unknown escape");

    // --- Structure
    public static readonly DiagnosticDescriptor Expected = new("XS0100", Error,
        "Expected {0} but found {1}.", "Unexpected token");

    public static readonly DiagnosticDescriptor ExpectedExpression = new("XS0101", Error,
        "Expected a value or expression but found {0}.", "Missing expression");

    public static readonly DiagnosticDescriptor UnknownStatement = new("XS0102", Error,
        "Unknown statement '{0}'.{1}", "Unknown statement");

    public static readonly DiagnosticDescriptor UnknownAttribute = new("XS0103", Error,
        "'{0}' is not an attribute of {1}. Expected one of: {2}.", "Unknown attribute");

    public static readonly DiagnosticDescriptor MissingAttribute = new("XS0104", Error,
        "{0} needs the attribute '{1}'.", "Missing attribute");

    public static readonly DiagnosticDescriptor DuplicateAttribute = new("XS0105", Error,
        "The attribute '{0}' is given twice.", "Duplicate attribute");

    public static readonly DiagnosticDescriptor DuplicateClause = new("XS0106", Error,
        "'{0}' appears twice in this {1}; it may appear once.", "Duplicate clause");

    public static readonly DiagnosticDescriptor UnknownClause = new("XS0107", Error,
        "'{0}' is not part of a {1}. Expected one of: {2}.", "Unknown clause");

    public static readonly DiagnosticDescriptor MissingClause = new("XS0108", Error,
        "A {0} needs a '{1}' block.", "Missing clause");

    public static readonly DiagnosticDescriptor AsWithoutValue = new("XS0109", Error,
        "{0} does not produce a value, so it cannot end with 'as {1}'.", "Nothing to bind");

    public static readonly DiagnosticDescriptor NestingTooDeep = new("XS0110", Error,
        "This is nested more than {0} levels deep; split it into smaller pieces.", "Nesting too deep");

    public static readonly DiagnosticDescriptor UnknownConstruct = new("XS0111", Error,
        "A script starts with a construct such as 'task' or 'function', but found {0}.", "Unknown construct");

    public static readonly DiagnosticDescriptor ExpectedLineBreak = new("XS0112", Error,
        "Expected a line break before {0}: each statement starts on its own line.", "Missing line break");

    public static readonly DiagnosticDescriptor ExpectedName = new("XS0113", Error,
        "Expected a name after '{0}' but found {1}.", "Missing name");

    public static readonly DiagnosticDescriptor ExpectedVariable = new("XS0114", Error,
        "Expected a variable such as $name after '{0}' but found {1}.", "Missing variable");

    public static readonly DiagnosticDescriptor TextAfterConstruct = new("XS0115", Error,
        "Only one construct per script: remove {0} after the closing '}}'.", "Text after the construct");

    public static readonly DiagnosticDescriptor EmptyScript = new("XS0116", Error,
        "The script is empty: it needs a construct such as 'task name {{ stack {{ }} }}'.", "Empty script");

    public static readonly DiagnosticDescriptor MisplacedBranch = new("XS0117", Error,
        "'{0}' must follow an 'if' branch inside 'conditional {{ }}'.", "Misplaced branch");

    public static readonly DiagnosticDescriptor ExpectedInput = new("XS0118", Error,
        "Expected an input such as 'text name' but found {0}.", "Invalid input");

    public static readonly DiagnosticDescriptor UnknownType = new("XS0119", Error,
        "'{0}' is not a type. Expected one of: {1}.", "Unknown type");

    public static readonly DiagnosticDescriptor ExpectedTarget = new("XS0120", Error,
        "{0} is written '{1}'.", "Statement shape");

    public static readonly DiagnosticDescriptor UnexpectedTarget = new("XS0121", Error,
        "{0} takes nothing between its name and its body; found {1}.", "Unexpected target");

    public static readonly DiagnosticDescriptor ElseIfWritten = new("XS0122", Error,
        "Write 'elseif' as one word.", "else if");

    public static readonly DiagnosticDescriptor ExpectedObjectKey = new("XS0123", Error,
        "Expected a key (a name or \"quoted text\") but found {0}.", "Invalid object key");

    public static readonly DiagnosticDescriptor DuplicateObjectKey = new("XS0124", Warning,
        "The key '{0}' appears twice; the last one wins.", "Duplicate key");

    public static readonly DiagnosticDescriptor MissingBody = new("XS0125", Error,
        "{0} needs a body in braces: {1}.", "Missing body");

    public static readonly DiagnosticDescriptor MisplacedIf = new("XS0126", Error,
        "'if' only works as the first branch inside 'conditional {{ }}'.", "Misplaced if");

    public static readonly DiagnosticDescriptor ExpressionTooDeep = new("XS0127", Error,
        "This expression chains more than {0} operators or accessors inside one another; split it with intermediate variables.",
        "Expression too deep");

    // --- Forms Xano's own validator rejects; accepted here
    public static readonly DiagnosticDescriptor FilteredOperandBeforeOperator = new("XS0200", Warning,
        "Wrap the filtered value in parentheses before '{0}': ({1}) {0} … — Xano's validator rejects it unwrapped.",
        "Filtered operand before an operator");

    public static readonly DiagnosticDescriptor AmbiguousFilterBinding = new("XS0201", Warning,
        "Here '|{0}' applies only to the value right before it, not to the whole expression; add parentheses to say which you mean.",
        "Ambiguous filter binding");

    public static readonly DiagnosticDescriptor ElseOnSameLine = new("XS0202", Warning,
        "Put '{0}' on its own line after '}}': Xano's validator rejects '}} {0}'.", "Branch on the same line");

    public static readonly DiagnosticDescriptor TrailingComment = new("XS0203", Warning,
        "Comments after code on the same line are rejected by Xano's validator; move it to its own line.", "Trailing comment");

    public static readonly DiagnosticDescriptor OneLineBlock = new("XS0204", Warning,
        "Xano's validator wants a line break after '{{' and before '}}' in a statement block.", "One-line block");

    public static readonly DiagnosticDescriptor GuidClause = new("XS0205", Warning,
        "'guid' is managed by Xano; its validator rejects it in scripts, and this server ignores it.", "guid");

    public static readonly DiagnosticDescriptor AttributesNeedSeparator = new("XS0206", Warning,
        "Separate attributes on one line with commas (or use one line each): Xano's validator rejects '{0}' here.",
        "Attributes without commas");

    public static readonly DiagnosticDescriptor SpreadOrRangeOutsideBacktick = new("XS0207", Warning,
        "'{0}' is only accepted by Xano's validator inside a backtick expression.", "Spread or range");

    public static readonly DiagnosticDescriptor ValueDiscarded = new("XS0208", Warning,
        "{0} produces a value that is thrown away; add 'as $name' to keep it.", "Value discarded");

    public static readonly DiagnosticDescriptor OldScheduleForm = new("XS0210", Warning,
        "'schedule {{ events = [...] }}' is the older form; write 'schedule = [...]'.", "Older schedule form");

    public static readonly DiagnosticDescriptor AsWithoutDollar = new("XS0211", Warning,
        "Write the variable with a dollar sign: 'as ${0}'.", "Binding without $");

    public static readonly DiagnosticDescriptor TimestampOutsideSchedule = new("XS0212", Warning,
        "Xano's validator only accepts date-time literals in schedules; elsewhere write \"{0}\"|to_timestamp.", "Timestamp literal");

    public static readonly DiagnosticDescriptor ComparisonInFilterArgument = new("XS0213", Warning,
        "The comparison is part of the argument of '|{0}'; to compare the filtered value, wrap it in parentheses: (…|{0}:…) {1} ….",
        "Comparison in a filter argument");

    // --- Meaning (analyzer)
    public static readonly DiagnosticDescriptor UnknownFilter = new("XS0300", Error,
        "Unknown filter '{0}'.{1}", "Unknown filter");

    public static readonly DiagnosticDescriptor FilterArity = new("XS0301", Error,
        "The filter '{0}' takes {1}, but {2} given.", "Wrong number of filter arguments");

    public static readonly DiagnosticDescriptor ReservedVariable = new("XS0302", Error,
        "'{0}' is reserved and cannot be assigned.", "Reserved variable");

    public static readonly DiagnosticDescriptor UseBeforeAssignment = new("XS0303", Error,
        "'{0}' is used before any value is assigned to it.", "Use before assignment");

    public static readonly DiagnosticDescriptor MaybeUnassigned = new("XS0326", Warning,
        "'{0}' is not assigned on every path that reaches here; where it is not, it reads as null.",
        "Possibly unassigned");

    public static readonly DiagnosticDescriptor UnknownTable = new("XS0304", Error,
        "The workspace has no table '{0}'.", "Unknown table");

    public static readonly DiagnosticDescriptor UnknownField = new("XS0305", Error,
        "The table '{1}' has no field '{0}'.", "Unknown field");

    public static readonly DiagnosticDescriptor InputInTask = new("XS0306", Warning,
        "Tasks have no input, so '{0}' is always empty here.", "$input in a task");

    public static readonly DiagnosticDescriptor NotSupported = new("XS0307", Error,
        "'{0}' is not supported by this server, so a run would stop here.", "Not supported");

    public static readonly DiagnosticDescriptor TestOnly = new("XS0308", Error,
        "'{0}' only works inside a test.", "Test only");

    public static readonly DiagnosticDescriptor QueryFilterOutsideQuery = new("XS0309", Error,
        "The filter '{0}' only works on table columns inside a query (where, eval).", "Query-only filter");

    public static readonly DiagnosticDescriptor WrongAttributeType = new("XS0310", Error,
        "'{0}' expects {1} but got {2}.", "Wrong type");

    public static readonly DiagnosticDescriptor ValueNotAllowed = new("XS0311", Error,
        "'{0}' is not a valid value for '{1}'. Expected one of: {2}.", "Value not allowed");

    public static readonly DiagnosticDescriptor LoopControlOutsideLoop = new("XS0312", Error,
        "'{0}' only works inside a loop (foreach, for, while).", "Outside a loop");

    public static readonly DiagnosticDescriptor RemoveOutsideForeach = new("XS0322", Error,
        "'foreach.remove' only works inside a foreach loop.", "Outside a foreach");

    public static readonly DiagnosticDescriptor TernaryInQuery = new("XS0313", Error,
        "A condition ? a : b cannot be used in a query; compute it in a variable first.", "Ternary in a query");

    public static readonly DiagnosticDescriptor QueryOperatorOutsideQuery = new("XS0314", Error,
        "'{0}' only works in a query (where, eval); use a filter such as |contains outside one.", "Query operator");

    public static readonly DiagnosticDescriptor DisabledFilterArgument = new("XS0315", Warning,
        "The filter '{0}' is disabled with '!' and will be skipped.", "Disabled filter");

    public static readonly DiagnosticDescriptor BareWord = new("XS0316", Warning,
        "The bare word '{0}' is not a variable or value; did you mean \"{0}\" or ${0}?", "Bare word");

    public static readonly DiagnosticDescriptor DbColumnOutsideQuery = new("XS0317", Error,
        "'{0}' refers to a table column and only works inside a query (where, eval, sort).", "Column outside a query");

    public static readonly DiagnosticDescriptor ValueFilterOnColumn = new("XS0318", Error,
        "'{0}' cannot be applied to a table column in a query; only query filters can (such as to_lower, timestamp_year).",
        "Value filter on a column");

    public static readonly DiagnosticDescriptor UnknownInputFilter = new("XS0319", Error,
        "'{0}' is not an input filter for {1}. Expected one of: {2}.", "Unknown input filter");

    public static readonly DiagnosticDescriptor ClauseShape = new("XS0320", Error,
        "'{0}' is written {1}.", "Clause shape");

    public static readonly DiagnosticDescriptor TestSettingOutsideTest = new("XS0321", Error,
        "'{0} = …' only belongs at the top of a test body.", "Test setting");

    public static readonly DiagnosticDescriptor ClauseNeedsLiteral = new("XS0323", Error,
        "'{0}' is read when the script is saved, not run, so write it as a plain value (such as {1}).", "Clause needs a plain value");

    public static readonly DiagnosticDescriptor FilterNeedsInput = new("XS0324", Error,
        "'|{0}' works on a value: write it after one, such as $text|{0}.", "Filter without input");

    public static readonly DiagnosticDescriptor ErrorOutsideCatch = new("XS0325", Error,
        "'$error' only has a value inside catch and finally.", "$error outside catch");

    // --- Schedules
    public static readonly DiagnosticDescriptor ScheduleNeedsStart = new("XS0400", Error,
        "A schedule event needs 'starts_on', such as {{starts_on: 2025-10-01 06:00:00+0000, freq: 86400}}.", "Schedule start");

    public static readonly DiagnosticDescriptor ScheduleFrequency = new("XS0401", Error,
        "'freq' is a number of seconds of at least 1, but is {0}.", "Schedule frequency");

    public static readonly DiagnosticDescriptor ScheduleEndsBeforeStart = new("XS0402", Error,
        "'ends_on' ({0}) is before 'starts_on' ({1}), so this event never runs.", "Schedule end");

    public static readonly DiagnosticDescriptor ScheduleTimestamp = new("XS0403", Error,
        "'{0}' is written as a date and time such as 2025-10-01 06:00:00+0000.", "Schedule timestamp");

    public static readonly DiagnosticDescriptor ScheduleUnknownKey = new("XS0404", Error,
        "'{0}' is not part of a schedule event. Expected one of: starts_on, freq, ends_on.", "Schedule key");

    public static readonly DiagnosticDescriptor ScheduleShape = new("XS0405", Error,
        "A schedule is a list of events: schedule = [{{starts_on: 2025-10-01 06:00:00+0000, freq: 86400}}].", "Schedule shape");

    // --- What the runtime can run (AnalyzerOptions.SupportedStatements)
    public static readonly DiagnosticDescriptor NotRunByRuntime = new("XS0406", Error,
        "'{0}' is not supported by this server: its runtime has no implementation of it, so the script cannot run.", "Not run by this server");
}
