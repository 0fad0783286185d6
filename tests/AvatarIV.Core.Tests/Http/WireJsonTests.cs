using System.Text;
using System.Text.Json;
using AvatarIV.Core.Http;
using AvatarIV.Core.Surfaces;

namespace AvatarIV.Core.Tests.Http;

/// <summary>Bodies are read from their UTF-8 bytes once; a BOM or another declared charset still reads right, and broken JSON is refused.</summary>
public sealed class WireJsonTests
{
    private const string Body = """{"code":100,"data":{"video_id":"é-1"}}""";

    [Fact]
    public void UTF8_bytes_are_read_directly_even_with_a_byte_order_mark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Body)).ToArray();

        WireJson.Read<LegacyEnvelope<LegacyCreated>>(bytes, "ignored").Data!.VideoId.ShouldBe("é-1");
    }

    [Fact]
    public void Bytes_in_another_charset_are_read_from_the_decoded_text()
    {
        WireJson.Read<LegacyEnvelope<LegacyCreated>>(Encoding.Unicode.GetBytes(Body), Body).Data!.VideoId.ShouldBe("é-1");
    }

    [Theory]
    [InlineData("""{"code":100,"data":{"video_id":"v""")]
    [InlineData("""{"code":100} trailing""")]
    [InlineData("null")]
    public void Broken_or_null_JSON_is_refused(string body)
    {
        Should.Throw<JsonException>(() => WireJson.Read<LegacyEnvelope<LegacyCreated>>(Encoding.UTF8.GetBytes(body), body));
    }
}
