using AvatarIV.Mock.Client.Models;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Handlers.Mock;

/// <summary>Add-, Get- and Remove-AvatarIVMockFault: the mock's fault rules.</summary>
internal sealed class MockFaultHandler
{
    private readonly HandlerContext _context;

    public MockFaultHandler(HandlerContext context) => _context = context;

    public async Task AddAsync(AvatarIVMock? given, FaultRuleSpec rule)
    {
        var mock = MockTarget.Resolve(_context, given);
        var added = await MockTarget.CallAsync(_context, mock, rule.Path, admin => admin.AddFaultAsync(rule, _context.CancellationToken)).ConfigureAwait(false);
        if (added is not null)
        {
            _context.Sink.WriteObject(MockModelMapper.ToFault(added));
        }
    }

    public async Task GetAsync(AvatarIVMock? given, string? id)
    {
        var mock = MockTarget.Resolve(_context, given);
        var rules = await MockTarget.CallAsync(_context, mock, id, admin => admin.ListFaultsAsync(_context.CancellationToken)).ConfigureAwait(false);
        foreach (var rule in rules ?? Array.Empty<MockFaultRule>())
        {
            if (id is null || rule.Id == id)
            {
                _context.Sink.WriteObject(MockModelMapper.ToFault(rule));
            }
        }
    }

    public async Task RemoveAsync(AvatarIVMock? given, string id)
    {
        var mock = MockTarget.Resolve(_context, given);
        if (_context.Sink.ShouldProcess($"fault rule {id} of the mock at {mock.BaseUri}", "Remove"))
        {
            await MockTarget.CallAsync(_context, mock, id, async admin =>
            {
                await admin.RemoveFaultAsync(id, _context.CancellationToken).ConfigureAwait(false);
                return id;
            }).ConfigureAwait(false);
        }
    }

    public async Task RemoveAllAsync(AvatarIVMock? given)
    {
        var mock = MockTarget.Resolve(_context, given);
        if (_context.Sink.ShouldProcess($"every fault rule of the mock at {mock.BaseUri}", "Remove"))
        {
            await MockTarget.CallAsync(_context, mock, null, async admin => (object)await admin.ClearFaultsAsync(_context.CancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        }
    }
}
