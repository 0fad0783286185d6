using System.Buffers.Binary;

namespace AvatarIV.MockServer.Domain.Media.Formats;

/// <summary>
/// Tells a file's format from its opening bytes (magic numbers), as HeyGen does: names and declared
/// Content-Types are never trusted.
/// </summary>
public static class MediaSignature
{
    private static ReadOnlySpan<byte> PngMagic => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> EbmlMagic => [0x1A, 0x45, 0xDF, 0xA3];

    public static MediaFormat Of(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF) return MediaFormat.Jpeg;
        if (bytes.StartsWith(PngMagic)) return MediaFormat.Png;
        if (Ascii(bytes, 0, "RIFF") && Ascii(bytes, 8, "WAVE")) return MediaFormat.Wav;
        if (Ascii(bytes, 4, "ftyp")) return MediaFormat.Mp4;
        if (bytes.StartsWith(EbmlMagic)) return EbmlDocType.Read(bytes) == "webm" ? MediaFormat.WebM : MediaFormat.Unrecognised;
        return LooksLikeMp3(bytes) ? MediaFormat.Mp3 : MediaFormat.Unrecognised;
    }

    /// <summary>True when <paramref name="text"/> (ASCII) stands at <paramref name="at"/>.</summary>
    internal static bool Ascii(ReadOnlySpan<byte> bytes, long at, string text)
    {
        if (at < 0 || at + text.Length > bytes.Length) return false;
        for (var i = 0; i < text.Length; i++)
        {
            if (bytes[(int)at + i] != text[i]) return false;
        }

        return true;
    }

    // MP3 has no magic number: an ID3v2 tag, or an MPEG layer III frame whose successor (when present) is one too.
    // One frame header alone would match plenty of random data.
    private static bool LooksLikeMp3(ReadOnlySpan<byte> bytes)
    {
        var start = Id3v2.SizeAt(bytes, 0);
        if (start > 0)
        {
            return start + 4 > bytes.Length || StartsLayer3Run(bytes, start);
        }

        return StartsLayer3Run(bytes, 0);
    }

    private static bool StartsLayer3Run(ReadOnlySpan<byte> bytes, int at)
    {
        if (!MpegAudioFrame.TryRead(bytes, at, out var frame) || frame.Layer != 3) return false;
        var next = at + frame.Length;
        return next + 4 > bytes.Length || (MpegAudioFrame.TryRead(bytes, next, out var second) && second.Continues(frame));
    }

    internal static uint BigEndian32(ReadOnlySpan<byte> bytes, int at) => BinaryPrimitives.ReadUInt32BigEndian(bytes[at..]);
}
