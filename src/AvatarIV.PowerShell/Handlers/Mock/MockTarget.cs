using AvatarIV.Mock.Client;
using AvatarIV.PowerShell.Hosting;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Handlers.Mock;

/// <summary>Which mock an admin cmdlet works on: -Mock, else the newest running one Start-AvatarIVMock started in this session.</summary>
internal static class MockTarget
{
    public static AvatarIVMock Resolve(HandlerContext context, AvatarIVMock? given)
    {
        var mock = given ?? context.Session.Mocks.Current ?? throw new CmdletTerminatingException(MockErrors.NotStarted());
        return mock.HasExited ? throw new CmdletTerminatingException(MockErrors.Stopped(mock)) : mock;
    }

    /// <summary>Runs one admin call against <paramref name="mock"/>, its failures mapped to the mock's ErrorIds.</summary>
    public static async Task<T?> CallAsync<T>(HandlerContext context, AvatarIVMock mock, object? target, Func<MockAdminClient, Task<T>> call)
        where T : class
    {
        using var admin = new MockAdminClient(mock.BaseUri);
        try
        {
            return await call(admin).ConfigureAwait(false);
        }
        catch (Exception e) when (MockErrors.IsAdminFailure(e) && !context.CancellationToken.IsCancellationRequested)
        {
            var error = MockErrors.FromAdmin(e, mock, target);
            if (error.IsTerminating)
            {
                throw new CmdletTerminatingException(error);
            }

            context.Sink.WriteError(error);
            return null;
        }
    }
}
