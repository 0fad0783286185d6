namespace AvatarIV.MockServer.Rendering;

/// <summary>
/// Writes an MP4 whose only track is Motion-JPEG ('jpeg' sample entry): one sample per second, every sample
/// pointing at the same JPEG stored once in 'mdat', the last sample shortened so the track lasts exactly as asked.
/// No video encoder is needed and the file stays about the size of one JPEG whatever its length.
/// </summary>
internal static class StillImageMp4
{
    private const uint Timescale = 1000; // milliseconds
    private const uint SampleMilliseconds = 1000;

    public static byte[] Write(byte[] jpeg, int width, int height, double seconds)
    {
        var totalMs = (uint)Math.Max(1, Math.Round(seconds * Timescale));
        var samples = (totalMs + SampleMilliseconds - 1) / SampleMilliseconds;

        var ftyp = Ftyp();
        // 'moov' comes before 'mdat' so players can start before the download ends; its size does not depend on the offset.
        var moovSize = Moov(jpeg.Length, width, height, totalMs, samples, mdatPayloadOffset: 0).Length;
        var moov = Moov(jpeg.Length, width, height, totalMs, samples, mdatPayloadOffset: (uint)(ftyp.Length + moovSize + 8));

        var file = new IsoBoxWriter();
        file.Bytes(ftyp);
        file.Bytes(moov);
        file.Open("mdat");
        file.Bytes(jpeg);
        file.Close();
        return file.ToArray();
    }

    private static byte[] Ftyp()
    {
        var w = new IsoBoxWriter();
        w.Open("ftyp");
        w.Tag("isom");
        w.UInt32(0x200);
        foreach (var brand in new[] { "isom", "iso2", "mp41" }) w.Tag(brand);
        w.Close();
        return w.ToArray();
    }

    private static byte[] Moov(int sampleSize, int width, int height, uint totalMs, uint samples, uint mdatPayloadOffset)
    {
        var w = new IsoBoxWriter();
        w.Open("moov");

        w.OpenFull("mvhd");
        w.UInt32(0); // creation time
        w.UInt32(0); // modification time
        w.UInt32(Timescale);
        w.UInt32(totalMs);
        w.UInt32(0x00010000); // rate 1.0
        w.UInt16(0x0100); // volume 1.0
        w.Zeros(10);
        w.UnityMatrix();
        w.Zeros(24);
        w.UInt32(2); // next track id
        w.Close();

        w.Open("trak");
        TrackHeader(w, width, height, totalMs);
        w.Open("mdia");
        MediaHeader(w, totalMs);
        w.Open("minf");
        w.OpenFull("vmhd", flags: 1);
        w.Zeros(8); // graphics mode and opcolor
        w.Close();
        DataInformation(w);
        SampleTable(w, sampleSize, width, height, totalMs, samples, mdatPayloadOffset);
        w.Close(); // minf
        w.Close(); // mdia
        w.Close(); // trak

        w.Close(); // moov
        return w.ToArray();
    }

    private static void TrackHeader(IsoBoxWriter w, int width, int height, uint totalMs)
    {
        w.OpenFull("tkhd", flags: 3); // enabled, in movie
        w.UInt32(0);
        w.UInt32(0);
        w.UInt32(1); // track id
        w.UInt32(0);
        w.UInt32(totalMs);
        w.Zeros(8);
        w.UInt16(0); // layer
        w.UInt16(0); // alternate group
        w.UInt16(0); // volume: none for video
        w.UInt16(0);
        w.UnityMatrix();
        w.UInt32((uint)width << 16);
        w.UInt32((uint)height << 16);
        w.Close();
    }

    private static void MediaHeader(IsoBoxWriter w, uint totalMs)
    {
        w.OpenFull("mdhd");
        w.UInt32(0);
        w.UInt32(0);
        w.UInt32(Timescale);
        w.UInt32(totalMs);
        w.UInt16(0x55C4); // language "und"
        w.UInt16(0);
        w.Close();

        w.OpenFull("hdlr");
        w.UInt32(0);
        w.Tag("vide");
        w.Zeros(12);
        w.Bytes("AvatarIV mock video\0"u8);
        w.Close();
    }

    private static void DataInformation(IsoBoxWriter w)
    {
        w.Open("dinf");
        w.OpenFull("dref");
        w.UInt32(1);
        w.OpenFull("url ", flags: 1); // media data is in this file
        w.Close();
        w.Close();
        w.Close();
    }

    private static void SampleTable(IsoBoxWriter w, int sampleSize, int width, int height, uint totalMs, uint samples, uint offset)
    {
        w.Open("stbl");

        w.OpenFull("stsd");
        w.UInt32(1);
        w.Open("jpeg");
        w.Zeros(6);
        w.UInt16(1); // data reference index
        w.Zeros(16); // version, revision, vendor, temporal and spatial quality
        w.UInt16(width);
        w.UInt16(height);
        w.UInt32(0x00480000); // 72 dpi
        w.UInt32(0x00480000);
        w.UInt32(0);
        w.UInt16(1); // frames per sample
        w.Zeros(32); // compressor name
        w.UInt16(24); // depth
        w.UInt16(0xFFFF); // no colour table
        w.Close();
        w.Close();

        var lastMs = totalMs - (samples - 1) * SampleMilliseconds;
        w.OpenFull("stts");
        w.UInt32(samples > 1 ? 2u : 1u);
        if (samples > 1)
        {
            w.UInt32(samples - 1);
            w.UInt32(SampleMilliseconds);
        }
        w.UInt32(1);
        w.UInt32(lastMs);
        w.Close();

        w.OpenFull("stsc");
        w.UInt32(1);
        w.UInt32(1); // from chunk 1
        w.UInt32(1); // one sample per chunk
        w.UInt32(1); // sample description 1
        w.Close();

        w.OpenFull("stsz");
        w.UInt32((uint)sampleSize); // every sample has the same size
        w.UInt32(samples);
        w.Close();

        w.OpenFull("stco");
        w.UInt32(samples);
        for (var i = 0; i < samples; i++) w.UInt32(offset);
        w.Close();

        w.Close();
    }
}
