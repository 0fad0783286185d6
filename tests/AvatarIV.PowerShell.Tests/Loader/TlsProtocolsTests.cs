using System.Net;
using AvatarIV.PowerShell.Loading;

namespace AvatarIV.PowerShell.Tests.Loader;

/// <summary>Windows PowerShell 5.1 starts with SSL 3 and TLS 1.0 only; HeyGen needs TLS 1.2.</summary>
public sealed class TlsProtocolsTests
{
    [Fact]
    public void Windows_PowerShell_defaults_gain_TLS_1_2_and_keep_what_they_had()
    {
#pragma warning disable SYSLIB0014, CS0618 // the protocols powershell.exe really starts with
        var powerShell51Default = SecurityProtocolType.Ssl3 | SecurityProtocolType.Tls;
#pragma warning restore SYSLIB0014, CS0618

        var result = TlsProtocols.WithTls12(powerShell51Default);

        result.HasFlag(SecurityProtocolType.Tls12).ShouldBeTrue();
        result.HasFlag(powerShell51Default).ShouldBeTrue();
    }

    [Fact]
    public void The_system_default_is_left_to_the_operating_system()
    {
        TlsProtocols.WithTls12(SecurityProtocolType.SystemDefault).ShouldBe(SecurityProtocolType.SystemDefault);
        TlsProtocols.WithTls12(SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13).ShouldBe(SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13);
    }
}
