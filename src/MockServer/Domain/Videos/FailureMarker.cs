using AvatarIV.MockServer.Domain.Errors;
using System.Text.RegularExpressions;

namespace AvatarIV.MockServer.Domain.Videos;

/// <summary>
/// <c>[[fail]]</c> or <c>[[fail:CODE]]</c> in a title or script makes the render fail with that code
/// (docs/mock-server.md, "Jobs, progression and test controls").
/// </summary>
public static partial class FailureMarker
{
    [GeneratedRegex(@"\[\[fail(?::(?<code>[^\]]*))?\]\]", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    /// <summary>The planned failure code, or null when no marker is present. Unknown codes are refused.</summary>
    public static string? Find(params (string Param, string? Text)[] fields)
    {
        foreach (var (param, text) in fields)
        {
            if (text is null || Marker().Match(text) is not { Success: true } match)
            {
                continue;
            }

            var code = match.Groups["code"].Success ? match.Groups["code"].Value.Trim().ToLowerInvariant() : ErrorCatalog.RenderInternalError.Code;
            if (ErrorCatalog.RenderFailureNamed(code) is null)
            {
                throw MockError.Invalid(param,
                    $"{param}: failure marker '[[fail:{code}]]' names an unknown code. Use one of: {string.Join(", ", ErrorCatalog.RenderFailureCodes)}.");
            }

            return code;
        }

        return null;
    }
}
