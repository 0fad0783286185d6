using System.Globalization;
using System.Management.Automation;

namespace AvatarIV.PowerShell.Cmdlets.Arguments;

/// <summary>
/// Lets a TimeSpan parameter take a number of seconds: PowerShell alone turns -Timeout 60 into 60 ticks
/// (6 microseconds). Numbers and numeric strings become seconds; TimeSpans and strings such as '00:05:00'
/// are left to PowerShell's usual conversion.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class SecondsToTimeSpanAttribute : ArgumentTransformationAttribute
{
    public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        return value switch
        {
            byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal =>
                FromSeconds(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
            string text when double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) =>
                FromSeconds(seconds),
            _ => inputData,
        };
    }

    private static TimeSpan FromSeconds(double seconds) =>
        double.IsNaN(seconds) || Math.Abs(seconds) > TimeSpan.MaxValue.TotalSeconds
            ? throw new ArgumentTransformationMetadataException($"{seconds} seconds is not a usable length of time; give seconds, or a TimeSpan such as '00:05:00'.")
            : TimeSpan.FromSeconds(seconds);
}
