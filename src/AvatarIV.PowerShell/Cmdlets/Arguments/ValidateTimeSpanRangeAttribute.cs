using System.Globalization;
using System.Management.Automation;

namespace AvatarIV.PowerShell.Cmdlets.Arguments;

/// <summary>
/// ValidateRange for TimeSpan parameters (attribute arguments cannot be TimeSpans): a bad value is a
/// parameter validation error naming the parameter, before the cmdlet runs.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateTimeSpanRangeAttribute : ValidateArgumentsAttribute
{
    /// <param name="minimumSeconds">Smallest allowed value, in seconds.</param>
    /// <param name="maximumSeconds">Largest allowed value, in seconds.</param>
    /// <param name="minimumExclusive">True when the minimum itself is not allowed (e.g. a timeout must be above zero).</param>
    public ValidateTimeSpanRangeAttribute(double minimumSeconds, double maximumSeconds, bool minimumExclusive = false)
    {
        Minimum = TimeSpan.FromSeconds(minimumSeconds);
        Maximum = TimeSpan.FromSeconds(maximumSeconds);
        MinimumExclusive = minimumExclusive;
    }

    public TimeSpan Minimum { get; }

    public TimeSpan Maximum { get; }

    public bool MinimumExclusive { get; }

    protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
    {
        var value = arguments is PSObject wrapped ? wrapped.BaseObject : arguments;
        if (value is not TimeSpan span)
        {
            throw new ValidationMetadataException("The value must be a TimeSpan, or a number of seconds.");
        }

        var tooSmall = MinimumExclusive ? span <= Minimum : span < Minimum;
        if (tooSmall || span > Maximum)
        {
            var lower = MinimumExclusive ? $"more than {Seconds(Minimum)}" : $"at least {Seconds(Minimum)}";
            throw new ValidationMetadataException(
                $"{span} is out of range: give {lower} and at most {Seconds(Maximum)}, as seconds (e.g. 90) or a TimeSpan (e.g. '00:30:00').");
        }
    }

    private static string Seconds(TimeSpan span) =>
        span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " seconds" + (span >= TimeSpan.FromMinutes(2) ? $" ({span})" : "");
}
