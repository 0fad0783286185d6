using AvatarIV.Core.Http;
using AvatarIV.Core.Surfaces;

namespace AvatarIV.Core.Tests.Http;

/// <summary>The legacy "error inside a 200" check reads the envelope parsed once with its data, not the body again.</summary>
public sealed class LegacyEnvelopeTests
{
    [Theory]
    [InlineData("""{"code":100,"data":{"video_id":"v1"},"message":"Success"}""", "100")]
    [InlineData("""{"code":400562,"data":null,"message":"forbidden"}""", "400562")]
    [InlineData("""{"error":null,"data":{"video_id":"v1"}}""", null)]
    [InlineData("""{"data":null,"error":{"code":"invalid_parameter","message":"bad"}}""", "invalid_parameter")]
    [InlineData("""{"data":{"video_id":"v1"}}""", null)]
    public void The_envelope_names_its_error_code(string body, string? code)
    {
        var envelope = WireJson.Deserialize<LegacyEnvelope<LegacyCreated>>(body);

        envelope.ErrorCode.ShouldBe(code);
    }

    [Fact]
    public void Data_comes_from_the_same_parse()
    {
        WireJson.Deserialize<LegacyEnvelope<LegacyCreated>>("""{"code":100,"data":{"video_id":"abc"}}""").Data!.VideoId.ShouldBe("abc");
    }
}
