using System.Net;
using System.Net.Sockets;
using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Hosting;
using AvatarIV.PowerShell.Models;
using AvatarIV.TestSupport;

namespace AvatarIV.PowerShell.Tests.Handlers;

/// <summary>The errors users see: the right ErrorId, terminating only when the whole command cannot go on.</summary>
public sealed class ErrorTests : IClassFixture<PollingMock>
{
    private readonly RunningMock _mock;

    public ErrorTests(PollingMock fixture) => _mock = fixture.Mock;

    [Fact]
    public async Task Too_little_credit_is_a_non_terminating_InsufficientCredit_error()
    {
        using var h = new Harness(_mock);
        var voice = await h.AnyVoiceIdAsync();
        var asset = await h.UploadPhotoAsync();
        await _mock.SetBalanceAsync(h.ApiKey, 0.05m);

        await new NewVideoHandler(h.Context).CreateAsync(new NewVideoParameters { AssetId = asset.AssetId, Script = "This costs more than a twentieth of a credit, surely.", VoiceId = voice });

        var error = h.Sink.Errors.ShouldHaveSingleItem();
        error.ErrorId.ShouldBe("AvatarIV.InsufficientCredit");
        error.Category.ShouldBe(AvatarIVErrorCategory.QuotaExceeded);
        error.IsTerminating.ShouldBeFalse();
        error.RecommendedAction.ShouldNotBeNullOrEmpty();
        h.Sink.Written<AvatarVideo>().ShouldBeEmpty();
    }

    [Fact]
    public async Task No_key_anywhere_is_a_terminating_NotConnected_error()
    {
        using var h = new Harness(_mock);
        h.RemoveEnvironment(AvatarIVSession.ApiKeyVariable);

        var stop = await Should.ThrowAsync<CmdletTerminatingException>(() => new GetCreditHandler(h.Context).GetBalanceAsync());

        stop.Error.ErrorId.ShouldBe("AvatarIV.NotConnected");
        stop.Error.RecommendedAction!.ShouldContain("Connect-AvatarIV");
    }

    [Fact]
    public async Task An_unreachable_endpoint_is_a_terminating_EndpointUnreachable_error()
    {
        using var h = new Harness(_mock, baseUri: $"http://127.0.0.1:{ClosedPort()}/");
        h.Session.ConfigureClient = options => options.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);

        var stop = await Should.ThrowAsync<CmdletTerminatingException>(() => new GetVoiceHandler(h.Context).GetAsync(null, null, null));

        stop.Error.ErrorId.ShouldBe("AvatarIV.EndpointUnreachable");
        stop.Error.Message.ShouldNotContain(h.ApiKey);
    }

    [Fact]
    public async Task An_explicit_key_overrides_the_environment_and_a_wrong_one_is_Unauthorized()
    {
        await using var mock = await RunningMock.StartAsync("--api-key", "the-right-key");
        using var h = new Harness(mock, apiKey: "the-right-key");
        using var wrong = new HandlerContext(h.Session, h.Sink, Harness.Secure("a-wrong-key"), CancellationToken.None);

        await new GetCreditHandler(h.Context).GetBalanceAsync();
        var stop = await Should.ThrowAsync<CmdletTerminatingException>(() => new GetCreditHandler(wrong).GetBalanceAsync());

        h.Sink.Written<AvatarCredit>().ShouldHaveSingleItem();
        stop.Error.ErrorId.ShouldBe("AvatarIV.Unauthorized");
        stop.Error.Message.ShouldNotContain("a-wrong-key");
    }

    [Fact]
    public async Task Saving_over_an_existing_file_needs_Force()
    {
        using var h = new Harness(_mock);
        var voice = await h.AnyVoiceIdAsync();
        var asset = await h.UploadPhotoAsync();
        await new NewVideoHandler(h.Context).CreateAsync(new NewVideoParameters { AssetId = asset.AssetId, Script = "Save me twice.", VoiceId = voice });
        var id = h.Sink.Written<AvatarVideo>().Single().VideoId;
        await new WaitVideoHandler(h.Context).WaitAsync(new[] { id }, TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(20), null, force: false);
        var target = h.File("existing.mp4", "keep me"u8.ToArray());

        await new SaveVideoHandler(h.Context).SaveAsync(id, target, h.Directory, force: false, includeThumbnail: false);
        h.Sink.Errors.ShouldHaveSingleItem().ErrorId.ShouldBe("AvatarIV.FileExists");
        File.ReadAllText(target).ShouldBe("keep me");

        await new SaveVideoHandler(h.Context).SaveAsync(id, target, h.Directory, force: true, includeThumbnail: true);
        h.Sink.Errors.Count.ShouldBe(1);
        new FileInfo(target).Length.ShouldBeGreaterThan(100);
        h.Sink.Written<AvatarVideo>().Last().ThumbnailFilePath.ShouldNotBeNull();
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
