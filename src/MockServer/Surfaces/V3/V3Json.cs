using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace AvatarIV.MockServer.Surfaces.V3;

/// <summary>
/// The v3 answer read most often (a video's status, which clients poll), written field by field to bytes and sent
/// with their length, instead of reflecting over an object graph per request. Same bytes as the generic path
/// (snake_case names in declaration order, nulls written, the app's relaxed escaping): a test compares the two.
/// </summary>
public sealed class V3Json(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> http)
{
    private static readonly JsonEncodedText Data = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText VideoUrl = JsonEncodedText.Encode("video_url");
    private static readonly JsonEncodedText CaptionedVideoUrl = JsonEncodedText.Encode("captioned_video_url");
    private static readonly JsonEncodedText SubtitleUrl = JsonEncodedText.Encode("subtitle_url");
    private static readonly JsonEncodedText ThumbnailUrl = JsonEncodedText.Encode("thumbnail_url");
    private static readonly JsonEncodedText GifUrl = JsonEncodedText.Encode("gif_url");
    private static readonly JsonEncodedText VideoPageUrl = JsonEncodedText.Encode("video_page_url");
    private static readonly JsonEncodedText Duration = JsonEncodedText.Encode("duration");
    private static readonly JsonEncodedText CreatedAt = JsonEncodedText.Encode("created_at");
    private static readonly JsonEncodedText CompletedAt = JsonEncodedText.Encode("completed_at");
    private static readonly JsonEncodedText FailureCode = JsonEncodedText.Encode("failure_code");
    private static readonly JsonEncodedText FailureMessage = JsonEncodedText.Encode("failure_message");
    private static readonly JsonEncodedText FolderId = JsonEncodedText.Encode("folder_id");
    private static readonly JsonEncodedText OutputLanguage = JsonEncodedText.Encode("output_language");

    // One buffer and writer per thread, reused (a status read then allocates only its answer's bytes).
    [ThreadStatic]
    private static (JsonWriterOptions Options, ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? t_writer;

    private readonly JsonWriterOptions _options = new() { Encoder = http.Value.SerializerOptions.Encoder ?? JavaScriptEncoder.Default, SkipValidation = true };

    /// <summary><c>200 {"data":video}</c>.</summary>
    public IResult Ok(V3VideoView video) => new Envelopes.Utf8JsonResult(Envelope(video), StatusCodes.Status200OK);

    /// <summary>The bytes of <c>{"data":video}</c>.</summary>
    public byte[] Envelope(V3VideoView video)
    {
        if (t_writer is not { } cached || !ReferenceEquals(cached.Options.Encoder, _options.Encoder))
        {
            cached = (_options, new ArrayBufferWriter<byte>(1024), new Utf8JsonWriter(Stream.Null, _options));
            t_writer = cached;
        }

        var (_, buffer, writer) = cached;
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        writer.WriteStartObject();
        writer.WritePropertyName(Data);
        Write(writer, video);
        writer.WriteEndObject();
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(Utf8JsonWriter writer, V3VideoView video)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, video.Id);
        writer.WriteString(Status, video.Status);
        writer.WriteString(Title, video.Title);
        writer.WriteString(VideoUrl, video.VideoUrl);
        writer.WriteString(CaptionedVideoUrl, video.CaptionedVideoUrl);
        writer.WriteString(SubtitleUrl, video.SubtitleUrl);
        writer.WriteString(ThumbnailUrl, video.ThumbnailUrl);
        writer.WriteString(GifUrl, video.GifUrl);
        writer.WriteString(VideoPageUrl, video.VideoPageUrl);
        WriteNumber(writer, Duration, video.Duration);
        writer.WriteNumber(CreatedAt, video.CreatedAt);
        WriteNumber(writer, CompletedAt, video.CompletedAt);
        writer.WriteString(FailureCode, video.FailureCode);
        writer.WriteString(FailureMessage, video.FailureMessage);
        writer.WriteString(FolderId, video.FolderId);
        writer.WriteString(OutputLanguage, video.OutputLanguage);
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
