using AvatarIV.MockServer.Domain.Media.Formats;
using AvatarIV.MockServer.Rendering;

namespace AvatarIV.MockServer.Domain.Videos;

/// <summary>Output frame sizes. Legacy: portrait 720×1280, landscape 1280×720, square 720×720 (HeyGen's skill docs).</summary>
public static class VideoGeometry
{
    public static readonly string[] Orientations = ["portrait", "landscape", "square"];
    public static readonly string[] AspectRatios = ["16:9", "9:16", "4:5", "5:4", "1:1", "auto"];
    public static readonly string[] Resolutions = ["720p", "1080p", "4k"];

    public static (int Width, int Height) ForOrientation(string? orientation) => orientation switch
    {
        "portrait" => (720, 1280),
        "square" => (720, 720),
        _ => (1280, 720),
    };

    /// <summary>
    /// v3: the short edge is the resolution (720/1080/2160 px); <c>auto</c> follows the photo as it is shown, EXIF
    /// orientation applied (16:9 when unreadable). The long edge is rounded to the nearest pixel, capped at the
    /// resolution's 16:9 long edge (1280/1920/3840: "the tier caps the long edge", so a 1×30 strip of a photo is
    /// letterboxed rather than rendered 21,600 px tall), then made the even size the renderer makes, so the reported
    /// size is the MP4's.
    /// </summary>
    public static (int Width, int Height) ForAspect(string? aspectRatio, string? resolution, byte[]? photo)
    {
        var shortEdge = resolution switch { "1080p" => 1080, "4k" => 2160, _ => 720 };
        var (w, h) = aspectRatio switch
        {
            "9:16" => (9, 16),
            "4:5" => (4, 5),
            "5:4" => (5, 4),
            "1:1" => (1, 1),
            "auto" when photo is not null && PhotoSize.Upright(photo) is { } shown => shown,
            _ => (16, 9),
        };

        return w >= h
            ? MediaRenderer.FrameSize(LongEdge(shortEdge, w, h), shortEdge)
            : MediaRenderer.FrameSize(shortEdge, LongEdge(shortEdge, h, w));
    }

    /// <summary>Rank for comparing a requested resolution with a tier's maximum.</summary>
    public static int Rank(string resolution) => Array.IndexOf(Resolutions, resolution.ToLowerInvariant());

    private static int LongEdge(int shortEdge, int longSide, int shortSide) =>
        (int)Math.Min(Math.Round(shortEdge * (double)longSide / shortSide), shortEdge * 16 / 9);
}
