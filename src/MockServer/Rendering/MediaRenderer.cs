using AvatarIV.MockServer.Domain.Media.Formats;

namespace AvatarIV.MockServer.Rendering;

/// <summary>
/// Makes the files a completed job serves: a playable MP4 of the job's length showing the photo, and a JPEG thumbnail.
/// Pure managed code writes a Motion-JPEG MP4; ffmpeg, when on PATH, transcodes it to H.264 + AAC so browsers play it.
/// </summary>
public sealed class MediaRenderer
{
    /// <summary>The longest edge of a thumbnail, in pixels.</summary>
    public const int ThumbnailEdge = 720;

    /// <summary>The largest video edge (4K is 3840); beyond it a frame would not be a sensible mock.</summary>
    public const int MaxEdge = 8192;

    /// <summary>The longest video, 24 hours; far beyond any real generation cap.</summary>
    public const double MaxSeconds = 24 * 3600;

    private static readonly (byte R, byte G, byte B) PlaceholderGrey = (96, 96, 96);
    private static readonly Lazy<byte[]> PlaceholderThumbnail = new(() => JpegEncoder.Encode(Placeholder(ThumbnailEdge, ThumbnailEdge)));

    private readonly FfmpegAudioMuxer? _audioMuxer;
    private readonly FfmpegVideoTranscoder? _transcoder;
    private readonly FfmpegCaptionBurner? _captions;

    /// <summary>A renderer that transcodes to H.264 and adds audio with ffmpeg when it is found on PATH.</summary>
    public MediaRenderer()
        : this(FfmpegAudioMuxer.FindOnPath(), FfmpegVideoTranscoder.FindOnPath())
    {
    }

    internal MediaRenderer(FfmpegAudioMuxer? audioMuxer, FfmpegVideoTranscoder? transcoder = null)
    {
        _audioMuxer = audioMuxer;
        _transcoder = transcoder;
        _captions = FfmpegCaptionBurner.For(transcoder);
    }

    /// <summary>The ffmpeg encoder completed videos are made with (e.g. <c>libx264</c>), or null for Motion-JPEG, which browsers cannot play.</summary>
    public string? BrowserVideoEncoder => _transcoder?.Encoder;

    /// <summary>
    /// An MP4 of <paramref name="seconds"/> showing <paramref name="photo"/> (JPEG or PNG bytes) letterboxed into
    /// <paramref name="width"/>×<paramref name="height"/> (rounded down to even numbers). <paramref name="audio"/> (WAV/MP3 bytes)
    /// is muxed in when ffmpeg is available; otherwise, or if ffmpeg fails, the video is silent. With ffmpeg the video is
    /// H.264 (see <see cref="BrowserVideoEncoder"/>); without it, or if the transcode fails, Motion-JPEG.
    /// A photo that cannot be decoded still yields a video: a lossless or arithmetic-coded JPEG is shown at its own size, a damaged one as grey.
    /// </summary>
    public byte[] RenderVideo(byte[] photo, double seconds, int width, int height, byte[]? audio = null)
    {
        if (photo is null) throw new ArgumentNullException(nameof(photo));
        if (double.IsNaN(seconds) || seconds <= 0 || seconds > MaxSeconds) throw new ArgumentOutOfRangeException(nameof(seconds), seconds, $"A video must last a positive, finite number of seconds (at most {MaxSeconds}).");
        if (width < 2 || height < 2 || width > MaxEdge || height > MaxEdge) throw new ArgumentOutOfRangeException(nameof(width), $"A video must be 2 to {MaxEdge} pixels on each side, not {width}x{height}.");
        (width, height) = FrameSize(width, height);

        var (frame, frameWidth, frameHeight) = VideoFrame(photo, width, height);
        var silent = StillImageMp4.Write(frame, frameWidth, frameHeight, seconds);
        if (_transcoder?.TryTranscode(silent, audio, seconds) is { } playable) return playable;
        if (audio is null || audio.Length == 0 || _audioMuxer is null) return silent;
        return _audioMuxer.TryAddAudio(silent, audio, seconds) ?? silent;
    }

    /// <summary>
    /// The <c>captioned_video_url</c> file: <paramref name="video"/> (from <see cref="RenderVideo"/>) with <paramref name="srt"/>
    /// burned in when ffmpeg (with libass) is available; otherwise the video as it is (docs/decisions.md, "Captions").
    /// </summary>
    public byte[] RenderCaptioned(byte[] video, string srt) => _captions?.TryBurn(video, srt) ?? video;

    /// <summary>
    /// The frame size <see cref="RenderVideo"/> produces for a requested size: each odd side rounded down to even
    /// (4:2:0 video needs even sides). Jobs report their size through this, so it matches the MP4.
    /// </summary>
    public static (int Width, int Height) FrameSize(int width, int height) => (width & ~1, height & ~1);

    /// <summary>A JPEG of the photo, shrunk to at most <see cref="ThumbnailEdge"/> pixels on its long edge.</summary>
    public byte[] RenderThumbnail(byte[] photo)
    {
        if (photo is null) throw new ArgumentNullException(nameof(photo));
        var image = PhotoDecoder.TryDecode(photo, out var unsupported);
        if (image is not null) return JpegEncoder.Encode(ImageScaler.FitWithin(image, ThumbnailEdge));
        if (unsupported) return photo;
        return PlaceholderThumbnail.Value;
    }

    private static (byte[] Jpeg, int Width, int Height) VideoFrame(byte[] photo, int width, int height)
    {
        var image = PhotoDecoder.TryDecode(photo, out var unsupported);
        if (image is not null)
        {
            // A JPEG already at the video's size goes in as it is: no second lossy pass.
            var asIs = MediaSignature.Of(photo) == MediaFormat.Jpeg && ExifOrientation.Of(photo) == ExifOrientation.Upright
                && image.Width == width && image.Height == height;
            return (asIs ? photo : JpegEncoder.Encode(ImageScaler.Letterbox(image, width, height)), width, height);
        }
        // A valid JPEG we cannot decode (lossless, arithmetic-coded) is still one every player can show, just at its own size.
        if (unsupported && PhotoSize.Stored(photo) is var (w, h)) return (photo, w, h);
        return (JpegEncoder.Encode(Placeholder(width, height)), width, height);
    }

    private static RgbImage Placeholder(int width, int height)
    {
        var image = new RgbImage(width, height);
        image.Fill(0, 0, width, height, PlaceholderGrey);
        return image;
    }
}
