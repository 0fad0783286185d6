namespace AvatarIV.Core.Tests.Configuration;

public sealed class ClientOptionsTests
{
    private const string Key = "sk-options-secret-0001";

    [Fact]
    public void Defaults_point_at_HeyGen_and_v3()
    {
        var options = new AvatarIVClientOptions();

        options.Surface.ShouldBe(ApiSurface.V3);
        options.BaseUri.ShouldBe(new Uri("https://api.heygen.com/"));
        options.EffectiveUploadUri.ShouldBe(new Uri("https://api.heygen.com/"));
        options.RequestTimeout.ShouldBe(TimeSpan.FromSeconds(30));
        options.CreateTimeout.ShouldBe(TimeSpan.FromSeconds(120));
        options.TransferTimeout.ShouldBe(TimeSpan.FromMinutes(10));
        options.UserAgent.ShouldStartWith("AvatarIV/");
    }

    [Fact]
    public void The_user_agent_names_the_assembly_version()
    {
        // The version is a build-time constant (no reflection at start-up); it must still be the one the assembly carries.
        var version = typeof(AvatarIVClientOptions).Assembly.GetName().Version!.ToString(3);

        new AvatarIVClientOptions().UserAgent.ShouldBe("AvatarIV/" + version);
    }

    [Fact]
    public void A_base_uri_set_to_null_is_refused_not_replaced_by_the_default()
    {
        var options = new AvatarIVClientOptions { ApiKey = Key, BaseUri = null! };

        Should.Throw<AvatarIVConfigurationException>(() => new AvatarIVClient(options)).Message.ShouldContain("BaseUri must be an absolute http(s) URI");
    }

    [Fact]
    public void Legacy_uploads_to_HeyGen_are_recognised_by_host_name_whatever_the_path()
    {
        new AvatarIVClientOptions { Surface = ApiSurface.Legacy, BaseUri = new Uri("https://API.HeyGen.com/") }.EffectiveUploadUri
            .ShouldBe(new Uri("https://upload.heygen.com/"));
    }

    [Fact]
    public void Legacy_uploads_to_HeyGen_go_to_its_upload_host()
    {
        new AvatarIVClientOptions { Surface = ApiSurface.Legacy }.EffectiveUploadUri.ShouldBe(new Uri("https://upload.heygen.com/"));
    }

    [Theory]
    [InlineData(ApiSurface.Legacy)]
    [InlineData(ApiSurface.V3)]
    public void Uploads_follow_a_base_uri_that_is_not_HeyGen(ApiSurface surface)
    {
        var options = new AvatarIVClientOptions { ApiKey = Key, Surface = surface, BaseUri = new Uri("http://127.0.0.1:5080/") };
        using var client = new AvatarIVClient(options);

        options.EffectiveUploadUri.ShouldBe(new Uri("http://127.0.0.1:5080/"));
        client.UploadUri.ShouldBe(new Uri("http://127.0.0.1:5080/"));
    }

    [Fact]
    public void An_explicit_upload_uri_wins()
    {
        var options = new AvatarIVClientOptions { Surface = ApiSurface.Legacy, BaseUri = new Uri("http://127.0.0.1:5080/"), UploadUri = new Uri("http://127.0.0.1:5081/") };

        options.EffectiveUploadUri.ShouldBe(new Uri("http://127.0.0.1:5081/"));
    }

    [Theory]
    [InlineData("sk-options-secret-0001\n")]
    [InlineData("sk-options-secret-0001\r\n")]
    [InlineData("  sk-options-secret-0001\t ")]
    public void Whitespace_around_the_key_is_trimmed(string key)
    {
        var options = new AvatarIVClientOptions { ApiKey = key };
        using var client = new AvatarIVClient(options);

        options.ApiKey.ShouldBe(Key);
    }

    [Theory]
    [InlineData("sk-options\nsecret-0001")]
    [InlineData("sk-options\u0007secret-0001")]
    [InlineData("sk-options\u0000secret-0001")]
    [InlineData("sk-options\u00e9secret-0001")]
    public void A_key_with_a_control_character_inside_is_refused_without_showing_it(string key)
    {
        var error = Should.Throw<AvatarIVConfigurationException>(() => new AvatarIVClient(new AvatarIVClientOptions { ApiKey = key }));

        error.Message.ShouldContain("position 11");
        error.Message.ShouldNotContain("sk-options");
        error.Message.ShouldNotContain("secret");
        error.ToString().ShouldNotContain("secret-0001");
    }

    [Fact]
    public void ToString_never_shows_the_key()
    {
        var options = new AvatarIVClientOptions { ApiKey = Key };
        using var client = new AvatarIVClient(options);

        options.ToString().ShouldNotContain(Key);
        options.ToString().ShouldContain("***");
        client.ToString().ShouldNotContain(Key);
    }

    [Theory]
    [InlineData("http://api.example.com/")]
    [InlineData("http://10.0.0.5:5080/")]
    public void Plain_http_to_a_remote_host_is_refused(string uri)
    {
        var error = Should.Throw<AvatarIVConfigurationException>(() => new AvatarIVClient(new AvatarIVClientOptions { ApiKey = Key, BaseUri = new Uri(uri) }));

        error.Message.ShouldContain("https");
        error.Message.ShouldNotContain(Key);
    }

    [Fact]
    public void Plain_http_to_a_remote_upload_host_is_refused_too()
    {
        Should.Throw<AvatarIVConfigurationException>(() => new AvatarIVClient(new AvatarIVClientOptions
        {
            ApiKey = Key,
            BaseUri = new Uri("http://127.0.0.1:5080/"),
            UploadUri = new Uri("http://uploads.example.com/"),
        }));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080/")]
    [InlineData("http://127.10.0.3/")]
    [InlineData("http://localhost:5080/")]
    [InlineData("http://[::1]:5080/")]
    public void Plain_http_to_loopback_is_allowed_for_a_local_mock(string uri)
    {
        using var client = new AvatarIVClient(new AvatarIVClientOptions { ApiKey = Key, BaseUri = new Uri(uri) });

        client.Options.BaseUri.ShouldBe(new Uri(uri));
    }

    [Fact]
    public void A_missing_key_is_refused_with_the_fix()
    {
        Should.Throw<AvatarIVConfigurationException>(() => new AvatarIVClient(new AvatarIVClientOptions())).Message.ShouldContain("HEYGEN_API_KEY");
    }

    [Theory]
    [InlineData("v3", ApiSurface.V3)]
    [InlineData("Legacy", ApiSurface.Legacy)]
    public void Surface_names_parse(string text, ApiSurface expected) => AvatarIVClientOptions.ParseSurface(text).ShouldBe(expected);
}
