using System.Globalization;

namespace CatalogueTool.Validation;

/// <summary>"Today" for date checks: SOURCE_DATE_EPOCH when set (reproducible builds), otherwise the clock.</summary>
public static class ReferenceDate
{
    public static DateOnly Resolve(string? explicitDate = null)
    {
        if (explicitDate is not null && DateOnly.TryParseExact(explicitDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (long.TryParse(epoch, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
            return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
        return DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    }
}
