namespace Platform.Engine.Language.Catalog;

// Reference §8.8 and §10. Timestamps are epoch milliseconds; text inputs are parsed like PHP strtotime; time zones
// default to UTC. The timestamp_* family is a query filter in LS-B, accepted on values too (DISAGREE §13 #20).
public static partial class FilterCatalog
{
    private static IEnumerable<FilterSchema> TimestampFilters() =>
    [
        Filter("to_timestamp", FilterFamily.Timestamp, "The text (absolute, ISO 8601 or relative such as \"next friday\") as epoch milliseconds.",
            "\"2023-08-15 13:45:30\"|to_timestamp:\"America/Los_Angeles\"", "1692132330000", TimeZone),
        Filter("to_ms", FilterFamily.Timestamp, "The text or timestamp as milliseconds since the Unix epoch.",
            "\"2023-08-15T00:00:00Z\"|to_ms", "1692057600000", TimeZone),
        Filter("to_seconds", FilterFamily.Timestamp, "The text or timestamp as whole seconds since the Unix epoch.",
            "\"2023-08-15T00:00:00Z\"|to_seconds", "1692057600", TimeZone),
        Filter("to_minutes", FilterFamily.Timestamp, "The text or timestamp as whole minutes since the Unix epoch.",
            "\"2023-08-15T00:00:00Z\"|to_minutes", "28200960", TimeZone),
        Filter("to_hours", FilterFamily.Timestamp, "The text or timestamp as whole hours since the Unix epoch.",
            "\"2023-08-15T00:00:00Z\"|to_hours", "470016", TimeZone),
        Filter("to_days", FilterFamily.Timestamp, "The text or timestamp as whole days since the Unix epoch.",
            "\"2023-08-15T00:00:00Z\"|to_days", "19584", TimeZone),
        Filter("parse_timestamp", FilterFamily.Timestamp, "The text read with an explicit PHP date format, as epoch milliseconds.",
            "\"2023-08-15 13:45:30\"|parse_timestamp:\"Y-m-d H:i:s\":\"America/Los_Angeles\"", "1692132330000",
            P("format", "PHP date format of the text, such as \"Y-m-d H:i:s\"."), TimeZone),
        Filter("format_timestamp", FilterFamily.Timestamp, "The timestamp as text in a PHP date() format.",
            "1692132330000|format_timestamp:\"Y-m-d H:i:s\":\"America/New_York\"", "\"2023-08-15 16:45:30\"",
            P("format", "PHP date() letters, such as \"Y-m-d H:i:s\" or \"c\"."), TimeZone),
        Filter("transform_timestamp", FilterFamily.Timestamp, "The timestamp moved by a PHP relative-time expression, as epoch milliseconds.",
            "1692132330000|transform_timestamp:\"-7 days\"", "1691527530000",
            P("relative", "Relative time such as \"-7 days\" or \"first day of this month\"."), TimeZone),
        Filter("add_secs_to_timestamp", FilterFamily.Timestamp, "The timestamp plus a number of seconds (negative goes back).",
            "1692132330000|add_secs_to_timestamp:60", "1692132390000", P("seconds", "Seconds to add; may be negative.")),
        Filter("add_ms_to_timestamp", FilterFamily.Timestamp, "The timestamp plus a number of milliseconds (negative goes back).",
            "1692132330000|add_ms_to_timestamp:500", "1692132330500", P("milliseconds", "Milliseconds to add; may be negative.")),
        TimestampPart("timestamp_year", "The year of the timestamp.", "1692132330000|timestamp_year", "2023"),
        TimestampPart("timestamp_month", "The month of the timestamp, 1 to 12.", "1692132330000|timestamp_month", "8"),
        TimestampPart("timestamp_week", "The ISO 8601 week number of the timestamp, 1 to 53.", "1692132330000|timestamp_week", "33"),
        TimestampPart("timestamp_day_of_month", "The day of the month of the timestamp, 1 to 31.", "1692132330000|timestamp_day_of_month", "15"),
        TimestampPart("timestamp_day_of_week", "The day of the week of the timestamp, 0 (Sunday) to 6.", "1692132330000|timestamp_day_of_week", "2"),
        TimestampPart("timestamp_day_of_year", "The day of the year of the timestamp, 1 to 366.", "1692132330000|timestamp_day_of_year", "227"),
        TimestampPart("timestamp_hour", "The hour of the timestamp, 0 to 23.", "1692132330000|timestamp_hour:\"America/New_York\"", "16"),
        TimestampPart("timestamp_minute", "The minute of the timestamp, 0 to 59.", "1692132330000|timestamp_minute", "45"),
        Filter("timestamp_epoch_sec", FilterFamily.Timestamp, "The timestamp as whole seconds since the Unix epoch.",
            "1692057600000|timestamp_epoch_sec", "1692057600") with { Context = FilterContext.Both },
        Filter("timestamp_epoch_minute", FilterFamily.Timestamp, "The timestamp as whole minutes since the Unix epoch.",
            "1692057600000|timestamp_epoch_minute", "28200960") with { Context = FilterContext.Both },
        Filter("timestamp_epoch_hour", FilterFamily.Timestamp, "The timestamp as whole hours since the Unix epoch.",
            "1692057600000|timestamp_epoch_hour", "470016") with { Context = FilterContext.Both },
        Filter("timestamp_epoch_day", FilterFamily.Timestamp, "The timestamp as whole days since the Unix epoch.",
            "1692057600000|timestamp_epoch_day", "19584") with { Context = FilterContext.Both },
        TimestampShift("timestamp_add_seconds", "The timestamp plus a number of seconds.",
            "1692132330000|timestamp_add_seconds:30", "1692132360000", "seconds"),
        TimestampShift("timestamp_subtract_seconds", "The timestamp minus a number of seconds.",
            "1692132330000|timestamp_subtract_seconds:30", "1692132300000", "seconds"),
        TimestampShift("timestamp_add_minutes", "The timestamp plus a number of minutes.",
            "1692132330000|timestamp_add_minutes:15", "1692133230000", "minutes"),
        TimestampShift("timestamp_subtract_minutes", "The timestamp minus a number of minutes.",
            "1692132330000|timestamp_subtract_minutes:15", "1692131430000", "minutes"),
        TimestampShift("timestamp_add_hours", "The timestamp plus a number of hours.",
            "1692132330000|timestamp_add_hours:2", "1692139530000", "hours"),
        TimestampShift("timestamp_subtract_hours", "The timestamp minus a number of hours.",
            "1692132330000|timestamp_subtract_hours:2", "1692125130000", "hours"),
        TimestampShift("timestamp_add_days", "The timestamp plus a number of days.", "1692132330000|timestamp_add_days:7", "1692737130000", "days"),
        TimestampShift("timestamp_subtract_days", "The timestamp minus a number of days.",
            "1692132330000|timestamp_subtract_days:7", "1691527530000", "days"),
        TimestampShift("timestamp_add_months", "The timestamp plus a number of calendar months.",
            "1692132330000|timestamp_add_months:3", "1700081130000", "months"),
        TimestampShift("timestamp_subtract_months", "The timestamp minus a number of calendar months.",
            "1692132330000|timestamp_subtract_months:3", "1684183530000", "months"),
        TimestampShift("timestamp_add_years", "The timestamp plus a number of years.",
            "1692132330000|timestamp_add_years:1", "1723754730000", "years"),
        TimestampShift("timestamp_subtract_years", "The timestamp minus a number of years.",
            "1692132330000|timestamp_subtract_years:1", "1660596330000", "years"),
    ];

    private static FilterParameter TimeZone =>
        Optional("timezone", "Time zone such as \"America/Los_Angeles\" or \"+02:00\"; UTC when omitted.");

    /// <summary>A calendar field of a timestamp (query and value mode), read in an optional time zone.</summary>
    private static FilterSchema TimestampPart(string name, string summary, string example, string result) =>
        Filter(name, FilterFamily.Timestamp, summary, example, result, TimeZone) with { Context = FilterContext.Both };

    /// <summary>A timestamp moved by a number of units (query and value mode); the amount defaults to 1.</summary>
    private static FilterSchema TimestampShift(string name, string summary, string example, string result, string unit)
    {
        var filter = Filter(name, FilterFamily.Timestamp, summary, example, result, Optional("amount", $"Number of {unit}; 1 when omitted."));
        return filter with { Context = FilterContext.Both };
    }
}
