using System.Globalization;

namespace DobraPraxe.Benchmarks.Running;

/// <summary>Median and spread of a few measurements.</summary>
public sealed record Stats(double Median, double Min, double Max)
{
    public static Stats Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) throw new ArgumentException("no values", nameof(values));
        var mid = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return new Stats(median, sorted[0], sorted[^1]);
    }

    /// <summary>"12.34 s (12.10–12.80)".</summary>
    public string Seconds() => string.Create(CultureInfo.InvariantCulture, $"{Median:0.00} s ({Min:0.00}–{Max:0.00})");

    public static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>KiB → "123 MiB".</summary>
    public static string Memory(double kib) => F(kib / 1024, "0") + " MiB";

    public static string Bytes(long bytes) => bytes switch
    {
        < 10 * 1024 => $"{bytes} B",
        < 10 * 1024 * 1024 => F(bytes / 1024.0, "0") + " KiB",
        _ => F(bytes / 1024.0 / 1024.0, "0.0") + " MiB",
    };
}
