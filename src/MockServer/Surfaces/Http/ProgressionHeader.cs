using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Domain;
using AvatarIV.MockServer.Surfaces.Envelopes;

namespace AvatarIV.MockServer.Surfaces.Http;

/// <summary>The mock-only <c>X-Mock-Progression</c> header on a create request sets that job's progression mode.</summary>
public static class ProgressionHeader
{
    public const string Name = "X-Mock-Progression";

    public static ProgressionMode? Read(HttpRequest request)
    {
        var text = request.Headers[Name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return ProgressionMode.TryParse(text, out var mode)
            ? mode
            : throw ErrorCatalog.InvalidParameter.With($"{Name} '{text}' is not a progression mode. Use {ProgressionMode.Forms}.", Name);
    }
}
