using System.Net;
using AvatarIV.Mock.Client;
using AvatarIV.Mock.Client.Launching;
using AvatarIV.PowerShell.Hosting;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Handlers.Mock;

/// <summary>The errors of the *-AvatarIVMock* cmdlets: their ErrorIds, categories and fixes.</summary>
internal static class MockErrors
{
    public const string MockNotFound = "AvatarIV.MockNotFound";
    public const string MockStartFailed = "AvatarIV.MockStartFailed";
    public const string MockNotStarted = "AvatarIV.MockNotStarted";
    public const string MockRefused = "AvatarIV.MockRefused";

    public static AvatarIVError NotFound(FileNotFoundException e, string? path) => new(
        MockNotFound,
        AvatarIVErrorCategory.ObjectNotFound,
        e.Message,
        "Install the mock with 'dotnet tool install --global avatariv-mock', or give -Path of AvatarIV.MockServer.dll or a mock executable.",
        path,
        e,
        IsTerminating: true);

    public static AvatarIVError StartFailed(Exception e, string? path) => new(
        MockStartFailed,
        AvatarIVErrorCategory.ResourceUnavailable,
        e.Message,
        "Check -ArgumentList against 'avatariv-mock --help'; run the mock by hand to see its whole output.",
        path,
        e,
        IsTerminating: true);

    public static AvatarIVError NotStarted() => new(
        MockNotStarted,
        AvatarIVErrorCategory.InvalidOperation,
        "No mock server is running in this session.",
        "Start one with Start-AvatarIVMock, or give -Mock (the object Start-AvatarIVMock returned).",
        null,
        null,
        IsTerminating: true);

    public static AvatarIVError Stopped(AvatarIVMock mock) => new(
        MockNotStarted,
        AvatarIVErrorCategory.InvalidOperation,
        $"The mock server at {mock.BaseUri} has stopped.",
        "Start a new one with Start-AvatarIVMock.",
        mock,
        null,
        IsTerminating: true);

    /// <summary>The mock refused an admin call (400: a bad value, 404: no such job or rule); its answer names the field.</summary>
    public static AvatarIVError Refused(MockAdminException e, object? target) => new(
        MockRefused,
        e.StatusCode == HttpStatusCode.NotFound ? AvatarIVErrorCategory.ObjectNotFound : AvatarIVErrorCategory.InvalidArgument,
        $"The mock refused {e.Method} {e.Path} ({(int)e.StatusCode}): {e.Body}",
        e.StatusCode == HttpStatusCode.NotFound ? "Check the id: Get-AvatarIVVideo lists videos and Get-AvatarIVMockFault fault rules." : "Correct the value the mock's answer names.",
        target,
        e);

    public static AvatarIVError Unreachable(Exception e, AvatarIVMock? mock) => new(
        ErrorMap.EndpointUnreachable,
        AvatarIVErrorCategory.ConnectionError,
        $"The mock server{(mock is null ? "" : " at " + mock.BaseUri)} did not answer: {e.Message}",
        "Check it is still running (its HasExited property), or start a new one with Start-AvatarIVMock.",
        mock,
        e,
        IsTerminating: true);

    /// <summary>Failures of admin calls: refused, or no answer.</summary>
    public static bool IsAdminFailure(Exception e) => e is MockAdminException or HttpRequestException or TaskCanceledException;

    public static AvatarIVError FromAdmin(Exception e, AvatarIVMock? mock, object? target) =>
        e is MockAdminException refused ? Refused(refused, target) : Unreachable(e, mock);

    public static bool IsStartFailure(Exception e) => e is MockServerStartException or System.ComponentModel.Win32Exception;
}
