using System.Text;
using AvatarIV.TestSupport;
using AvatarIV.TestSupport.Media;

namespace AvatarIV.Core.Tests.Media;

/// <summary>Variants of the sample media that real-world writers produce: tags, extra chunks, streamed sizes, damage.</summary>
internal static class MediaBytes
{
    /// <summary>A WAV with an odd-sized LIST chunk (plus its pad byte) between "fmt " and "data", as tagging tools write.</summary>
    public static byte[] WavWithListChunk(double seconds, int sampleRate)
    {
        var wav = SampleMedia.Wav(seconds, sampleRate);
        var list = Chunk("LIST", Encoding.ASCII.GetBytes("INFOISFT\x05\0\0\0Lavf\0"));
        return [.. wav[..36], .. list, .. wav[36..]];
    }

    /// <summary>A WAV whose data size field holds <paramref name="declared"/>, as streaming writers leave it (0 or 0xFFFFFFFF).</summary>
    public static byte[] WavWithDataSize(double seconds, uint declared)
    {
        var wav = SampleMedia.Wav(seconds);
        BitConverter.GetBytes(declared).CopyTo(wav, 40);
        return wav;
    }

    /// <summary>An ID3v2.3 tag of <paramref name="bodyLength"/> bytes (syncsafe size) followed by the MP3.</summary>
    public static byte[] Id3v2Tagged(byte[] mp3, int bodyLength)
    {
        var header = new byte[] { (byte)'I', (byte)'D', (byte)'3', 3, 0, 0,
            (byte)(bodyLength >> 21 & 0x7F), (byte)(bodyLength >> 14 & 0x7F), (byte)(bodyLength >> 7 & 0x7F), (byte)(bodyLength & 0x7F) };
        return [.. header, .. new byte[bodyLength], .. mp3];
    }

    /// <summary>The MP3 followed by a 128-byte ID3v1 tag and some junk.</summary>
    public static byte[] WithTrailingTagAndJunk(byte[] mp3)
    {
        var id3v1 = new byte[128];
        Encoding.ASCII.GetBytes("TAGtitle").CopyTo(id3v1, 0);
        return [.. mp3, .. id3v1, .. Encoding.ASCII.GetBytes("trailing junk from a bad download")];
    }

    /// <summary>
    /// <paramref name="audioFrames"/> silent frames after a first frame carrying a Xing ("VBR") or Info ("CBR")
    /// header that says how many there are — as LAME writes it.
    /// </summary>
    public static byte[] WithXingHeader(int audioFrames, string tag = "Xing", int? declaredFrames = null)
    {
        var frames = Mp3Frames.Silent(audioFrames + 1);
        const int xingOffset = 4 + 17; // MPEG-1 mono side information
        Encoding.ASCII.GetBytes(tag).CopyTo(frames, xingOffset);
        WriteBigEndian(frames, xingOffset + 4, 1); // flags: frame count present
        WriteBigEndian(frames, xingOffset + 8, (uint)(declaredFrames ?? audioFrames));
        return frames;
    }

    /// <summary>Like <see cref="WithXingHeader"/> but with a Fraunhofer VBRI header, always 32 bytes after the frame header.</summary>
    public static byte[] WithVbriHeader(int audioFrames)
    {
        var frames = Mp3Frames.Silent(audioFrames + 1);
        Encoding.ASCII.GetBytes("VBRI").CopyTo(frames, 36);
        WriteBigEndian(frames, 36 + 14, (uint)audioFrames);
        return frames;
    }

    private static byte[] Chunk(string id, byte[] body)
    {
        var padding = body.Length % 2 == 1 ? new byte[1] : [];
        return [.. Encoding.ASCII.GetBytes(id), .. BitConverter.GetBytes(body.Length), .. body, .. padding];
    }

    private static void WriteBigEndian(byte[] target, int offset, uint value)
    {
        for (var i = 0; i < 4; i++) target[offset + i] = (byte)(value >> (24 - 8 * i));
    }
}
