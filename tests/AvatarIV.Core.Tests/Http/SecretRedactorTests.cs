using AvatarIV.Core.Http;

namespace AvatarIV.Core.Tests.Http;

/// <summary>The key never leaves in a message, and a very short (test) key does not garble the message either.</summary>
public sealed class SecretRedactorTests
{
    [Fact]
    public void A_long_key_is_masked_wherever_it_appears()
    {
        var redactor = new SecretRedactor("sk_live_0123456789");

        redactor.Redact("GET /v1/x?key=sk_live_0123456789&a=1 prefixsk_live_0123456789").ShouldBe("GET /v1/x?key=***&a=1 prefix***");
    }

    [Theory]
    [InlineData("e", "No video with id x exists for this API key.", "No video with id x exists for this API key.")]
    [InlineData("e", "key=e; Bearer e", "key=***; Bearer ***")]
    [InlineData("test", "a test-key in a test.", "a test-key in a ***.")]
    public void A_short_key_is_masked_only_as_a_whole_token(string key, string text, string redacted) =>
        new SecretRedactor(key).Redact(text).ShouldBe(redacted);
}
