using System.Globalization;
using AvatarIV.Core.Facts;
using AvatarIV.Core.Media;

namespace AvatarIV.Core.Preflight;

/// <summary>
/// Local checks before any credit is spent. Each failure is an <see cref="AvatarIVValidationException"/> whose message
/// names the limit (from <see cref="HeyGenFacts"/>) and the fix. Types are recognised by bytes, never by file names.
/// </summary>
public static class PreflightChecks
{
    /// <summary>Checks a photo's type (JPEG/PNG), byte size for the surface's upload limit, and pixel size.</summary>
    public static PhotoInfo CheckPhoto(byte[] bytes, ApiSurface surface, HeyGenFacts? facts = null)
    {
        facts ??= HeyGenFacts.Default;
        var kind = MediaSniffer.Detect(bytes);
        if (kind is not (MediaKind.Jpeg or MediaKind.Png))
        {
            throw new AvatarIVValidationException(
                ValidationCodes.PhotoUnsupported,
                $"The photo is not a JPEG or PNG (its bytes look like {Describe(kind)}). Save it as .jpg or .png and try again.",
                "photo");
        }

        RequireUploadSize(bytes.LongLength, surface, facts, ValidationCodes.PhotoTooLarge, "photo");
        if (!ImageSize.TryRead(bytes, out var width, out var height))
        {
            throw new AvatarIVValidationException(
                ValidationCodes.PhotoUnsupported, $"The {kind} photo's header is damaged, so its size cannot be read. Re-save the photo and try again.", "photo");
        }

        var limits = facts.Limits;
        if (Math.Min(width, height) < limits.PhotoMinPixels)
        {
            throw new AvatarIVValidationException(
                ValidationCodes.PhotoTooSmall,
                $"The photo is {width}×{height} pixels; HeyGen needs at least {limits.PhotoMinPixels} pixels on the short edge. Use a larger photo.",
                "photo");
        }

        if (Math.Max(width, height) > limits.PhotoMaxPixels)
        {
            throw new AvatarIVValidationException(
                ValidationCodes.PhotoResolutionTooHigh,
                $"The photo is {width}×{height} pixels; HeyGen accepts at most {limits.PhotoMaxPixels} pixels on the long edge. Scale it down.",
                "photo");
        }

        return new PhotoInfo(kind, width, height, bytes.LongLength);
    }

    /// <summary>Same as <see cref="CheckPhoto(byte[], ApiSurface, HeyGenFacts?)"/>, reading at most the size limit plus one byte.</summary>
    public static PhotoInfo CheckPhoto(Stream content, ApiSurface surface, HeyGenFacts? facts = null)
    {
        facts ??= HeyGenFacts.Default;
        return CheckPhoto(ReadUpTo(content, UploadLimit(surface, facts) + 1), surface, facts);
    }

    /// <summary>
    /// Checks audio type (WAV/MP3), byte size and playing time. The cap is the tier's longest video (when
    /// <paramref name="tier"/> is given) and, on v3, HeyGen's audio limit.
    /// </summary>
    public static AudioInfo CheckAudio(byte[] bytes, ApiSurface surface, string? tier = null, HeyGenFacts? facts = null)
    {
        facts ??= HeyGenFacts.Default;
        var kind = MediaSniffer.Detect(bytes);
        if (kind is not (MediaKind.Wav or MediaKind.Mp3))
        {
            throw new AvatarIVValidationException(
                ValidationCodes.AudioUnsupported,
                $"The audio is not WAV or MP3 (its bytes look like {Describe(kind)}). Convert it to .mp3 or .wav and try again.",
                "audio");
        }

        RequireUploadSize(bytes.LongLength, surface, facts, ValidationCodes.AudioTooLarge, "audio");
        var seconds = AudioDuration.TryRead(bytes) ?? throw new AvatarIVValidationException(
            ValidationCodes.AudioUnreadable, $"The {kind} audio is damaged, so its length cannot be read. Re-export it and try again.", "audio");

        var (cap, source) = AudioCap(surface, tier, facts);
        if (seconds > cap)
        {
            throw new AvatarIVValidationException(
                ValidationCodes.AudioTooLong,
                $"The audio lasts {Seconds(seconds)}; {source} allows at most {Seconds(cap)} per video. Shorten it or split it into parts.",
                "audio");
        }

        return new AudioInfo(kind, seconds, bytes.LongLength);
    }

    /// <summary>Same as <see cref="CheckAudio(byte[], ApiSurface, string?, HeyGenFacts?)"/>, reading at most the size limit plus one byte.</summary>
    public static AudioInfo CheckAudio(Stream content, ApiSurface surface, string? tier = null, HeyGenFacts? facts = null)
    {
        facts ??= HeyGenFacts.Default;
        return CheckAudio(ReadUpTo(content, UploadLimit(surface, facts) + 1), surface, tier, facts);
    }

    /// <summary>Checks that a script has words and fits HeyGen's character limit.</summary>
    public static void CheckScript(string script, HeyGenFacts? facts = null)
    {
        var max = (facts ?? HeyGenFacts.Default).Limits.ScriptMaxChars;
        if (string.IsNullOrWhiteSpace(script))
        {
            throw new AvatarIVValidationException(ValidationCodes.ScriptEmpty, "The script is empty. Give the avatar something to say, or use an audio track.", "script");
        }

        if (script.Length > max)
        {
            throw new AvatarIVValidationException(
                ValidationCodes.ScriptTooLong,
                $"The script has {script.Length} characters; HeyGen accepts at most {max}. Split it into parts (ScriptSplitter / Split-AvatarIVScript).",
                "script");
        }
    }

    /// <summary>Checks a planned video's length (e.g. a script's estimate) against the tier's per-generation cap.</summary>
    public static void CheckDuration(double seconds, string tier, HeyGenFacts? facts = null)
    {
        facts ??= HeyGenFacts.Default;
        var cap = facts.Tier(tier).MaxVideoSeconds;
        if (seconds > cap)
        {
            throw new AvatarIVValidationException(
                ValidationCodes.VideoTooLong,
                $"The video would last about {Seconds(seconds)}; the {tier} plan allows at most {Seconds(cap)} per generation. Split the script into parts (ScriptSplitter / Split-AvatarIVScript).",
                "script");
        }

        if (seconds < facts.Limits.MinVideoSeconds)
        {
            throw new AvatarIVValidationException(
                ValidationCodes.VideoTooShort,
                $"The video would last {Seconds(seconds)}; the shortest video is {Seconds(facts.Limits.MinVideoSeconds)}. Add words or audio.",
                "script");
        }
    }

    private static long UploadLimit(ApiSurface surface, HeyGenFacts facts) =>
        surface == ApiSurface.Legacy ? facts.Limits.LegacyUploadMaxBytes : facts.Limits.V3UploadMaxBytes;

    private static void RequireUploadSize(long bytes, ApiSurface surface, HeyGenFacts facts, string code, string param)
    {
        var limit = UploadLimit(surface, facts);
        if (bytes > limit)
        {
            throw new AvatarIVValidationException(
                code,
                $"The {param} file is larger than {Megabytes(limit)}, the most the {(surface == ApiSurface.Legacy ? "legacy" : "v3")} API accepts per upload. Compress it or pass it by URL.",
                param);
        }
    }

    private static (double Cap, string Source) AudioCap(ApiSurface surface, string? tier, HeyGenFacts facts)
    {
        var cap = double.MaxValue;
        var source = "HeyGen";
        if (tier is not null)
        {
            cap = facts.Tier(tier).MaxVideoSeconds;
            source = $"the {tier} plan";
        }

        if (surface == ApiSurface.V3 && facts.Limits.V3AudioMaxSeconds < cap)
        {
            cap = facts.Limits.V3AudioMaxSeconds;
            source = "the v3 API";
        }

        return (cap, source);
    }

    private static byte[] ReadUpTo(Stream content, long maxBytes)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while (copy.Length < maxBytes && (read = content.Read(buffer, 0, (int)Math.Min(buffer.Length, maxBytes - copy.Length))) > 0)
        {
            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }

    private static string Describe(MediaKind kind) => kind == MediaKind.Unknown ? "no supported format" : kind.ToString();

    private static string Seconds(double seconds) => seconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
