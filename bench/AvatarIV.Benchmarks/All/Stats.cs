using System.Globalization;

namespace AvatarIV.Benchmarks.All;

/// <summary>Median and spread of repeated measurements, formatted the way BENCHMARKS.md shows them.</summary>
internal sealed record Stats(double Median, double Q1, double Q3, double Min, double Max, int Count)
{
    public static Stats Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Stats(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0);
        }

        return new Stats(Quantile(sorted, 0.5), Quantile(sorted, 0.25), Quantile(sorted, 0.75), sorted[0], sorted[^1], sorted.Length);
    }

    public static string F(double value, string format = "0.00") => double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>"Q1–Q3" with the given format.</summary>
    public string Iqr(string format = "0.00") => $"{F(Q1, format)}–{F(Q3, format)}";

    private static double Quantile(double[] sorted, double q)
    {
        var position = (sorted.Length - 1) * q;
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }
}
