using AvatarIV.MockServer.Hosting;
using Microsoft.Extensions.Configuration;

namespace MockServer.Tests.Options;

/// <summary>Flags, configuration and environment variables; bad values are refused with the flag and the fix named.</summary>
public sealed class MockServerOptionsTests
{
    [Fact]
    public void Flags_are_read()
    {
        var options = MockServerOptions.Parse([
            "--api-key", "a", "--api-key", "b", "--progression", "polls:4", "--render-speed", "120", "--tier", "Scale",
            "--balance", "12.5", "--concurrency", "2", "--seed", "7", "--max-upload-mb", "5", "--pricing-profile", "web-app",
            "--fault", "POST /v3/videos status=503", "--external-audio-seconds", "0", "--url-ttl", "60", "--allow-external-webhooks",
        ]);

        options.ApiKeys.ShouldBe(["a", "b"]);
        (options.Progression, options.RenderSpeed, options.Tier, options.Balance).ShouldBe(("polls:4", 120.0, "scale", 12.5m));
        (options.Concurrency, options.Seed, options.MaxUploadMb, options.PricingProfile).ShouldBe((2, 7, 5, "web-app"));
        options.FaultRules.ShouldBe(["POST /v3/videos status=503"]);
        (options.ExternalAudioSeconds, options.UrlTtlSeconds, options.AllowExternalWebhooks).ShouldBe((0.0, 60, true));
    }

    [Theory]
    [InlineData("--progression", "sometimes", "polls:N")]
    [InlineData("--render-speed", "0", "above 0")]
    [InlineData("--tier", "gold", "free, pro, scale, enterprise")]
    [InlineData("--balance", "-1", "0 or more")]
    [InlineData("--concurrency", "many", "whole number")]
    [InlineData("--pricing-profile", "cheap", "api")]
    [InlineData("--facts", "/no/such/file.json", "does not exist")]
    public void Bad_values_name_the_flag_and_the_fix(string flag, string value, string hint)
    {
        var error = Should.Throw<MockOptionsException>(() => MockServerOptions.Parse([flag, value]));
        error.Message.ShouldContain(flag);
        error.Message.ShouldContain(hint);
    }

    [Fact]
    public void Unknown_flags_and_missing_values_are_refused()
    {
        Should.Throw<MockOptionsException>(() => MockServerOptions.Parse(["--colour", "red"])).Message.ShouldContain("--help");
        Should.Throw<MockOptionsException>(() => MockServerOptions.Parse(["--tier"])).Message.ShouldContain("--tier pro");
        Should.Throw<MockOptionsException>(() => MockServerOptions.Parse(["5080"])).Message.ShouldContain("position 1");

        // A stray word is often a second key: it is named by position, never echoed.
        var stray = Should.Throw<MockOptionsException>(() => MockServerOptions.Parse(["--api-key", "k1", "k2-secret"])).Message;
        stray.ShouldContain("position 3");
        stray.ShouldNotContain("k2-secret");
    }

    [Fact]
    public void Configuration_section_is_read_and_flags_win()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MockServer:Tier"] = "free",
            ["MockServer:RenderSpeed"] = "5",
            ["MockServer:ApiKeys:0"] = "from-config",
        }).Build();

        var options = MockServerOptions.Parse(["--render-speed", "9"], configuration);
        (options.Tier, options.RenderSpeed).ShouldBe(("free", 9.0));
        options.ApiKeys.ShouldBe(["from-config"]);
    }

    [Fact]
    public void Webhook_retry_base_is_read_from_flags_and_configuration_and_checked()
    {
        MockServerOptions.Parse([]).WebhookRetryBaseMs.ShouldBe(500);
        MockServerOptions.Parse(["--webhook-retry-base-ms", "25"]).WebhookRetryBaseMs.ShouldBe(25);
        MockServerOptions.Parse(["--webhook-retry-base-ms=0"]).WebhookRetryBaseMs.ShouldBe(0);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MockServer:WebhookRetryBaseMs"] = "75" }).Build();
        MockServerOptions.Parse([], configuration).WebhookRetryBaseMs.ShouldBe(75);

        foreach (var bad in new[] { "-1", "60001", "fast", "1.5" })
        {
            var error = Should.Throw<MockOptionsException>(() => MockServerOptions.Parse(["--webhook-retry-base-ms", bad]));
            error.Message.ShouldContain("--webhook-retry-base-ms");
            error.Message.ShouldContain("0 to 60000");
        }

        MockServerOptions.HelpText.ShouldContain("--webhook-retry-base-ms");
    }

    [Fact]
    public void Help_lists_every_flag()
    {
        foreach (var flag in new[] { "--urls", "--api-key", "--progression", "--render-speed", "--tier", "--balance", "--concurrency", "--seed", "--max-upload-mb", "--pricing-profile", "--facts", "--fault", "--external-audio-seconds", "--url-ttl", "--allow-external-webhooks" })
        {
            MockServerOptions.HelpText.ShouldContain(flag);
        }
    }
}
