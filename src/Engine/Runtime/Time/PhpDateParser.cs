using System.Globalization;

namespace Platform.Engine.Runtime.Time;

/// <summary>
/// Reads text with an explicit PHP date format, as <c>DateTime::createFromFormat</c> does. Fields the format does
/// not give come from the current time, except that once any time field is given the others are 0; <c>!</c> and
/// <c>|</c> reset what is not given to 1970-01-01 00:00:00 instead.
/// </summary>
public static class PhpDateParser
{
    /// <summary>The instant, or an error message saying where the text stopped matching the format.</summary>
    public static DateTimeOffset Parse(string text, string format, DateTimeOffset now, TimeZoneInfo zone, out string? error)
    {
        var state = new State(text);
        error = ReadAll(state, format);
        if (error is not null)
            return default;
        if (state.Position < text.Length && !state.IgnoreTrailing)
        {
            error = $"unexpected text \"{text[state.Position..]}\" after the format ends";
            return default;
        }
        try
        {
            return state.Resolve(now, zone);
        }
        catch (ArgumentOutOfRangeException)
        {
            error = "the date is out of range";
            return default;
        }
    }

    private static string? ReadAll(State state, string format)
    {
        for (var i = 0; i < format.Length; i++)
        {
            var letter = format[i];
            if (letter == '\\' && i + 1 < format.Length)
                letter = format[++i];
            else if (state.ReadLetter(letter))
                continue;
            else if (state.Failed is { } failure)
                return failure;
            if (!state.ReadLiteral(letter))
                return $"expected \"{letter}\" at position {state.Position + 1}";
        }
        return state.Failed;
    }

    private sealed class State(string text)
    {
        private long? _year, _month, _day, _dayOfYear, _hour, _minute, _second, _micro, _epoch;
        private bool? _pm;
        private TimeZoneInfo? _zone;
        private bool _reset;

        public int Position { get; private set; }

        public bool IgnoreTrailing { get; private set; }

        public string? Failed { get; private set; }

        /// <summary>Reads one format letter; false when the character is not a letter (a literal) or reading failed.</summary>
        public bool ReadLetter(char letter)
        {
            switch (letter)
            {
                case 'd' or 'j': return Number(2, v => _day = v, "a day");
                case 'm' or 'n': return Number(2, v => _month = v, "a month");
                case 'Y': return Number(4, v => _year = v, "a year");
                case 'y': return Number(2, v => _year = TimePhraseReader.Year2(v), "a two-digit year");
                case 'z': return Number(3, v => _dayOfYear = v, "a day of the year");
                case 'H' or 'G' or 'h' or 'g': return Number(2, v => _hour = v, "an hour");
                case 'i': return Number(2, v => _minute = v, "minutes");
                case 's': return Number(2, v => _second = v, "seconds");
                case 'v': return Number(3, v => _micro = v * 1000, "milliseconds");
                case 'u': return Fraction();
                case 'U': return Epoch();
                case 'D' or 'l': return Word(_ => true, "a day name");
                case 'S': return Word(w => w.Length == 2, "a day suffix");
                case 'F' or 'M': return Word(ReadMonth, "a month name");
                case 'a' or 'A': return Word(ReadMeridiem, "am or pm");
                case 'e' or 'T' or 'O' or 'P' or 'p': return Zone();
                case ' ': SkipWhitespace(); return true;
                case '#': return Any(";:/.,-()".Contains, "a separator");
                case '?': return Any(_ => true, "a character");
                case '*': SkipUntilSeparator(); return true;
                case '!' or '|': _reset = true; return true;
                case '+': IgnoreTrailing = true; Position = text.Length; return true;
                default: return false;
            }
        }

        public bool ReadLiteral(char letter)
        {
            if (Position >= text.Length || text[Position] != letter)
                return false;
            Position++;
            return true;
        }

        public DateTimeOffset Resolve(DateTimeOffset now, TimeZoneInfo zone)
        {
            zone = _zone ?? zone;
            if (_epoch is { } epoch)
                return DateTimeOffset.FromUnixTimeSeconds(epoch).AddTicks((_micro ?? 0) * 10);
            var baseLocal = _reset ? new DateTime(1970, 1, 1) : ZonedTime.Local(now, zone);
            var anyTime = _reset || _hour is not null || _minute is not null || _second is not null || _micro is not null;
            var hour = _hour ?? (anyTime ? 0 : baseLocal.Hour);
            if (_pm is { } pm)
                hour = hour % 12 + (pm ? 12 : 0);
            var year = _year ?? baseLocal.Year;
            var (month, day) = _dayOfYear is { } dayOfYear ? (1, dayOfYear + 1) : (_month ?? baseLocal.Month, _day ?? baseLocal.Day);
            var local = ZonedTime.Compose(year, month, day, hour, _minute ?? (anyTime ? 0 : baseLocal.Minute),
                _second ?? (anyTime ? 0 : baseLocal.Second), _micro ?? (anyTime ? 0 : baseLocal.Ticks % TimeSpan.TicksPerSecond / 10));
            return ZonedTime.Instant(local, zone);
        }

        private bool Number(int maxDigits, Action<long> store, string what)
        {
            var start = Position;
            while (Position < text.Length && Position - start < maxDigits && char.IsAsciiDigit(text[Position]))
                Position++;
            if (Position == start)
                return Fail(what);
            store(long.Parse(text.AsSpan(start, Position - start), CultureInfo.InvariantCulture));
            return true;
        }

        private bool Fraction()
        {
            var start = Position;
            while (Position < text.Length && Position - start < 9 && char.IsAsciiDigit(text[Position]))
                Position++;
            if (Position == start)
                return Fail("microseconds");
            _micro = long.Parse(text.Substring(start, Position - start).PadRight(6, '0')[..6], CultureInfo.InvariantCulture);
            return true;
        }

        private bool Epoch()
        {
            var start = Position;
            if (Position < text.Length && text[Position] is '-' or '+')
                Position++;
            while (Position < text.Length && char.IsAsciiDigit(text[Position]))
                Position++;
            if (!long.TryParse(text.AsSpan(start, Position - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var epoch))
                return Fail("a Unix timestamp");
            _epoch = epoch;
            return true;
        }

        private bool Word(Func<string, bool> accept, string what)
        {
            var start = Position;
            while (Position < text.Length && char.IsLetter(text[Position]))
                Position++;
            return Position > start && accept(text[start..Position]) || Fail(what, start);
        }

        private bool ReadMonth(string word)
        {
            var index = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames,
                name => name.Length > 0 && word.StartsWith(name, StringComparison.OrdinalIgnoreCase));
            _month = index + 1;
            return index >= 0;
        }

        private bool ReadMeridiem(string word)
        {
            _pm = word.ToLowerInvariant() switch { "am" => false, "pm" => true, _ => null };
            return _pm is not null;
        }

        private bool Zone()
        {
            var start = Position;
            while (Position < text.Length && (char.IsAsciiLetterOrDigit(text[Position]) || text[Position] is '/' or '_' or '+' or '-' or ':'))
                Position++;
            if (Position > start && TimeZones.TryFind(text[start..Position], out var zone))
            {
                _zone = zone;
                return true;
            }
            return Fail("a time zone", start);
        }

        private bool Any(Func<char, bool> accept, string what)
        {
            if (Position >= text.Length || !accept(text[Position]))
                return Fail(what);
            Position++;
            return true;
        }

        private void SkipWhitespace()
        {
            while (Position < text.Length && char.IsWhiteSpace(text[Position]))
                Position++;
        }

        private void SkipUntilSeparator()
        {
            while (Position < text.Length && !char.IsAsciiDigit(text[Position]) && !" ;:/.,-()".Contains(text[Position], StringComparison.Ordinal))
                Position++;
        }

        private bool Fail(string what, int? at = null)
        {
            Failed ??= $"expected {what} at position {(at ?? Position) + 1}";
            return false;
        }
    }
}
