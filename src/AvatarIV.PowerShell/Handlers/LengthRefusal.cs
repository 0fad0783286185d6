using System.Text.RegularExpressions;
using AvatarIV.Core;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>
/// HeyGen (and the mock) refuse a video over the plan's per-video length as a plain invalid parameter
/// (400, naming script or audio, "... allows at most 300 s per video"). The module cannot know the plan
/// up front, so this is where that refusal becomes AvatarIV.VideoTooLong, as docs/powershell-guide.md ("Errors") promises.
/// Nothing is charged for a refused create.
/// </summary>
internal static class LengthRefusal
{
    private static readonly Regex LengthWords = new(
        @"too long|longer than|at most [0-9.]+ ?s(econds)? per (video|generation)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static bool IsMatch(AvatarIVApiException e) =>
        e.StatusCode == 400
        && (e.Param is null || e.Param.StartsWith("script", StringComparison.OrdinalIgnoreCase) || e.Param.StartsWith("audio", StringComparison.OrdinalIgnoreCase))
        && LengthWords.IsMatch(e.Message);
}
