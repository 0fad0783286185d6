namespace AvatarIV.MockServer.Domain.Media.Formats;

/// <summary>An ID3v2 tag in front of MP3 audio: "ID3", version, flags, then a 28-bit size in four 7-bit bytes.</summary>
internal static class Id3v2
{
    private const int HeaderSize = 10;
    private const byte FooterFlag = 0x10;

    /// <summary>Bytes the tag at <paramref name="at"/> takes (header and footer included); 0 when there is none.</summary>
    public static int SizeAt(ReadOnlySpan<byte> bytes, long at)
    {
        if (at < 0 || at + HeaderSize > bytes.Length || !MediaSignature.Ascii(bytes, at, "ID3")) return 0;
        var tag = bytes.Slice((int)at, HeaderSize);
        if (tag[3] == 0xFF || tag[4] == 0xFF) return 0;
        var body = 0;
        foreach (var b in tag[6..10])
        {
            if (b >= 0x80) return 0;
            body = (body << 7) + b;
        }

        return HeaderSize + body + ((tag[5] & FooterFlag) != 0 ? HeaderSize : 0);
    }
}
