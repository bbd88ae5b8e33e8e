using System.Globalization;

namespace CatalogueTool.Validation;

/// <summary>"Today" for date checks: SOURCE_DATE_EPOCH when set (reproducible builds), otherwise the clock.</summary>
public static class ReferenceDate
{
    /// <summary>The ways a date may be written, in records and in --today alike (2025-03-01, 2025/3/1, 2025.3.1,
    /// 2025年3月1日), full-width digits and signs read as half-width.</summary>
    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(Text.Punctuation.HalfWidth(text.Trim()), ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"],
            CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static DateOnly Resolve(string? explicitDate = null)
    {
        if (explicitDate is not null && TryParse(explicitDate, out var d))
            return d;
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (string.IsNullOrEmpty(epoch)) return DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        // Set but unusable: falling back to the clock would quietly make the outputs irreproducible.
        if (!long.TryParse(epoch, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) || seconds < 0 || seconds > 253_402_300_799)
            throw new Diagnostics.InputRefusedException(
                $"环境变量 SOURCE_DATE_EPOCH 的值“{epoch}”不是有效的时间（应是 1970 年起的秒数，如 1795392000）。请改正或删除该变量。",
                $"SOURCE_DATE_EPOCH='{epoch}' is not a valid time (seconds since 1970, such as 1795392000); correct or unset it.");
        // The day of that moment in China time, as the clock's day is (SOURCE_DATE_EPOCH=$(date +%s) at 07:00 in Beijing is today).
        return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime.AddHours(8));
    }
}
