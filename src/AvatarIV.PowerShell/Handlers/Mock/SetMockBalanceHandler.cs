using System.Security;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Handlers.Mock;

/// <summary>Set-AvatarIVMockBalance: sets a key's credits (and tier) in the mock; the key is -ApiKey, else the session's.</summary>
internal sealed class SetMockBalanceHandler
{
    private readonly HandlerContext _context;

    public SetMockBalanceHandler(HandlerContext context) => _context = context;

    public async Task SetAsync(AvatarIVMock? given, SecureString? apiKey, decimal credits, string? tier, bool passThru)
    {
        var mock = MockTarget.Resolve(_context, given);
        var key = _context.Session.ResolveOptions(apiKey).ApiKey!;
        var target = $"{credits} credits";
        if (!_context.Sink.ShouldProcess($"the key's ledger in the mock at {mock.BaseUri}", $"Set the balance to {target}"))
        {
            return;
        }

        var ledger = await MockTarget.CallAsync(_context, mock, target, admin => admin.SetBalanceAsync(key, credits, tier, _context.CancellationToken)).ConfigureAwait(false);
        if (ledger is not null && passThru)
        {
            _context.Sink.WriteObject(MockModelMapper.ToLedger(ledger));
        }
    }
}
