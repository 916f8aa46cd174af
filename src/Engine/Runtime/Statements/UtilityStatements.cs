using Platform.Engine.Runtime.Templates;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Statements;

/// <summary>util.get_env, util.get_vars, util.get_all_input, util.geo_distance and util.template_engine (reference §6.7).</summary>
internal static class UtilityStatements
{
    /// <summary>The mean radius of the Earth (IUGG), in metres.</summary>
    private const double EarthRadiusMetres = 6_371_008.8;

    public static void Register(StatementRegistry registry)
    {
        registry.Add("util.get_env", call => Done(call.Evaluator.Variable("$env")));
        registry.Add("util.get_vars", call => Done(call.Run.Frame.Snapshot()));
        registry.Add("util.get_all_input", call => Done(call.Run.Frame.Input));
        registry.Add("util.geo_distance", GeoDistance);
        registry.Add("util.template_engine", RenderTemplate);
    }

    private static ValueTask<XsValue> Done(XsValue value) => ValueTask.FromResult(value);

    // The great-circle distance in metres (haversine on a sphere): the same unit as the query filter |distance.
    private static ValueTask<XsValue> GeoDistance(StatementCall call)
    {
        var (lat1, lon1) = (Coordinate(call, "latitude_1", 90), Coordinate(call, "longitude_1", 180));
        var (lat2, lon2) = (Coordinate(call, "latitude_2", 90), Coordinate(call, "longitude_2", 180));
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        var metres = 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
        return Done(XsValue.Decimal(metres));
    }

    private static double Coordinate(StatementCall call, string attribute, double bound)
    {
        var value = call.Number(attribute);
        return Math.Abs(value) <= bound
            ? value
            : throw call.Error($"'{attribute}' must be between -{bound} and {bound}, not {ValueConversions.FormatDecimal(value)}.");
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    // Template errors name the statement and the template line; limits pass through as limits.
    private static ValueTask<XsValue> RenderTemplate(StatementCall call)
    {
        var source = call.Text("value");
        try
        {
            return Done(XsValue.Text(TemplateEngine.Render(TemplateCache.Parse(source), new RunTemplateHost(call))));
        }
        catch (TemplateException error)
        {
            throw call.Error($"template line {error.Line}: {error.Message}");
        }
    }
}
