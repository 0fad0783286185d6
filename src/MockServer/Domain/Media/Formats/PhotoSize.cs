using System.Buffers.Binary;

namespace AvatarIV.MockServer.Domain.Media.Formats;

/// <summary>A photo's pixel size from its header: PNG's IHDR, or a JPEG's start-of-frame segment.</summary>
public static class PhotoSize
{
    /// <summary>The size as stored, before any EXIF turn; null when the header cannot be read.</summary>
    public static (int Width, int Height)? Stored(ReadOnlySpan<byte> photo) => MediaSignature.Of(photo) switch
    {
        MediaFormat.Png => FromPng(photo),
        MediaFormat.Jpeg => FromJpeg(photo),
        _ => null,
    };

    /// <summary>The size as people see it: a phone's portrait photo stored as landscape pixels plus an EXIF turn reads as portrait.</summary>
    public static (int Width, int Height)? Upright(ReadOnlySpan<byte> photo) =>
        Stored(photo) is not { } size ? null
        : ExifOrientation.TurnsQuarter(ExifOrientation.Of(photo)) ? (size.Height, size.Width)
        : size;

    private static (int, int)? FromPng(ReadOnlySpan<byte> png)
    {
        // Signature (8), then the IHDR chunk: length (4), "IHDR", width, height.
        if (png.Length < 24 || !MediaSignature.Ascii(png, 12, "IHDR")) return null;
        var width = BinaryPrimitives.ReadUInt32BigEndian(png[16..]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(png[20..]);
        return width is > 0 and <= int.MaxValue && height is > 0 and <= int.MaxValue ? ((int)width, (int)height) : null;
    }

    private static (int, int)? FromJpeg(ReadOnlySpan<byte> jpeg)
    {
        foreach (var segment in JpegSegments.Walk(jpeg))
        {
            if (!JpegSegments.IsFrameHeader(segment.Marker)) continue;
            var body = segment.Body;
            if (body.Length < 5) return null;
            int height = BinaryPrimitives.ReadUInt16BigEndian(body[1..]), width = BinaryPrimitives.ReadUInt16BigEndian(body[3..]);
            return width > 0 && height > 0 ? (width, height) : null;
        }

        return null;
    }
}
