using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Hosting;
using AvatarIV.PowerShell.Models;
using AvatarIV.TestSupport;

namespace AvatarIV.PowerShell.Tests.Handlers;

/// <summary>Connect-AvatarIV stores the session's connection and refuses unsafe settings.</summary>
public sealed class ConnectTests : IClassFixture<PollingMock>
{
    private readonly RunningMock _mock;

    public ConnectTests(PollingMock fixture) => _mock = fixture.Mock;

    [Fact]
    public async Task Connect_stores_key_and_uri_for_later_commands_and_PassThru_never_shows_the_key()
    {
        using var h = new Harness(_mock);
        h.RemoveEnvironment(AvatarIVSession.ApiKeyVariable);
        h.RemoveEnvironment(AvatarIVSession.BaseUriVariable);

        new ConnectHandler(h.Context).Connect(Harness.Secure("connected-key"), _mock.BaseUri, null, AvatarIVApiVersion.Legacy, passThru: true);
        await new GetCreditHandler(h.Context).GetBalanceAsync();

        var connection = h.Sink.Written<AvatarConnection>().ShouldHaveSingleItem();
        connection.BaseUri.ShouldBe(_mock.BaseUri);
        connection.ApiVersion.ShouldBe(AvatarIVApiVersion.Legacy);
        connection.KeySource.ShouldBe("Parameter");
        typeof(AvatarConnection).GetProperties().Select(p => p.GetValue(connection)?.ToString()).ShouldNotContain("connected-key");
        h.Sink.Written<AvatarCredit>().Single().ApiVersion.ShouldBe(AvatarIVApiVersion.Legacy);
    }

    [Fact]
    public void Connect_refuses_to_send_a_key_over_plain_http_to_a_remote_host()
    {
        using var h = new Harness(_mock);

        var stop = Should.Throw<CmdletTerminatingException>(() =>
            new ConnectHandler(h.Context).Connect(Harness.Secure("k"), new Uri("http://example.com/"), null, null, passThru: false));

        stop.Error.ErrorId.ShouldBe("AvatarIV.InvalidConfiguration");
        h.Session.Connection.ShouldBeNull();
    }
}
