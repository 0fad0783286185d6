using System.Text.Json;

namespace AvatarIV.Core.Tests.HeyGenLive;

/// <summary>
/// Cheap, read-only calls (and one tiny upload) against HeyGen itself, on both surfaces, that check the facts the mock and
/// the client rely on: envelopes parse, errors carry the codes we map, unknown ids are not-found. The answers seen are
/// recorded in <c>TestResults/heygen-live/*.json</c> (the key never) for comparing with the mock's.
/// Skipped without <c>HEYGEN_LIVE_API_KEY</c>; <c>HEYGEN_LIVE_BASE_URI</c> overrides HeyGen's address.
/// </summary>
public sealed class LiveParityTests
{
    [LiveFact]
    public async Task Voices_list_parses_on_both_surfaces()
    {
        foreach (var surface in new[] { ApiSurface.V3, ApiSurface.Legacy })
        {
            using var client = Client(surface);
            var voices = await client.GetVoicesAsync();
            voices.ShouldNotBeEmpty();
            voices.ShouldAllBe(v => !string.IsNullOrEmpty(v.VoiceId));
            Record($"voices-{surface}", voices.Take(3));
        }
    }

    [LiveFact]
    public async Task Credits_parse_on_both_surfaces()
    {
        foreach (var surface in new[] { ApiSurface.V3, ApiSurface.Legacy })
        {
            using var client = Client(surface);
            var credits = await client.GetCreditsAsync();
            Record($"credits-{surface}", credits);
        }
    }

    [LiveFact]
    public async Task A_bad_key_is_unauthorized_and_never_echoed()
    {
        foreach (var surface in new[] { ApiSurface.V3, ApiSurface.Legacy })
        {
            using var client = Client(surface, apiKey: "not-a-real-key-" + Guid.NewGuid().ToString("N"));
            var error = await Should.ThrowAsync<AvatarIVApiException>(() => client.GetCreditsAsync());
            error.StatusCode.ShouldBeOneOf(401, 403);
            error.Message.ShouldNotContain("not-a-real-key-");
            Record($"bad-key-{surface}", new { error.StatusCode, error.ErrorCode, error.RequestId });
        }
    }

    [LiveFact]
    public async Task An_unknown_video_id_is_not_found()
    {
        foreach (var surface in new[] { ApiSurface.V3, ApiSurface.Legacy })
        {
            using var client = Client(surface);
            var error = await Should.ThrowAsync<AvatarIVApiException>(() => client.GetVideoAsync("0123456789abcdef0123456789abcdef"));
            error.ErrorCode.ShouldBe(AvatarIVErrorCodes.NotFound);
            Record($"unknown-video-{surface}", new { error.StatusCode, error.ErrorCode });
        }
    }

    [LiveFact]
    public async Task A_tiny_photo_uploads_on_v3()
    {
        using var client = Client(ApiSurface.V3);
        var photo = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot(), "samples", "avatar.jpg"));
        var asset = await client.UploadAssetAsync(new MemoryStream(photo), "avatarivparity.jpg");
        asset.AssetId.ShouldNotBeNullOrEmpty();
        Record("upload-v3", asset);
    }

    private static AvatarIVClient Client(ApiSurface surface, string? apiKey = null)
    {
        var options = new AvatarIVClientOptions
        {
            ApiKey = apiKey ?? Environment.GetEnvironmentVariable(LiveFactAttribute.KeyVariable)!,
            Surface = surface,
        };
        if (Environment.GetEnvironmentVariable("HEYGEN_LIVE_BASE_URI") is { Length: > 0 } baseUri)
        {
            options.BaseUri = new Uri(baseUri);
        }

        return new AvatarIVClient(options);
    }

    /// <summary>What HeyGen answered, for side-by-side reading with the mock's answers; our models only, so no key.</summary>
    private static void Record(string name, object? value)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "heygen-live");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".json"), JsonSerializer.Serialize(value, new JsonSerializerOptions { WriteIndented = true }));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AvatarIV.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("No AvatarIV.slnx above " + AppContext.BaseDirectory);
    }
}
