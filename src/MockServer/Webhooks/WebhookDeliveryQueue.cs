using System.Runtime.CompilerServices;
using System.Threading.Channels;
using AvatarIV.MockServer.Persistence;

namespace AvatarIV.MockServer.Webhooks;

/// <summary>
/// Hand-off between requests (which must never wait on a receiver) and the dispatcher. With a state directory each
/// delivery is stored until it is delivered or given up, and undelivered ones are queued again after a restart.
/// </summary>
public sealed class WebhookDeliveryQueue
{
    private readonly Channel<WebhookDelivery> _channel = Channel.CreateUnbounded<WebhookDelivery>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConditionalWeakTable<WebhookDelivery, string> _storedIds = [];
    private readonly MockState _state;

    public WebhookDeliveryQueue(MockState? state = null)
    {
        _state = state ?? MockState.InMemory;
        foreach (var (id, delivery) in _state.LoadDeliveries())
        {
            _storedIds.AddOrUpdate(delivery, id);
            _channel.Writer.TryWrite(delivery);
        }
    }

    public void Enqueue(WebhookDelivery delivery)
    {
        if (_state.IsPersistent)
        {
            var id = Guid.NewGuid().ToString("N");
            _storedIds.AddOrUpdate(delivery, id);
            _state.SaveDelivery(id, delivery);
        }

        _channel.Writer.TryWrite(delivery);
    }

    /// <summary>The dispatcher is finished with it (delivered, or every retry failed): it is not sent again after a restart.</summary>
    public void Finished(WebhookDelivery delivery)
    {
        if (_storedIds.TryGetValue(delivery, out var id))
        {
            _state.DeleteDelivery(id);
            _storedIds.Remove(delivery);
        }
    }

    public IAsyncEnumerable<WebhookDelivery> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
