using System.Threading.Channels;

namespace AvatarIV.MockServer.Webhooks;

/// <summary>Hand-off between requests (which must never wait on a receiver) and the dispatcher.</summary>
public sealed class WebhookDeliveryQueue
{
    private readonly Channel<WebhookDelivery> _channel = Channel.CreateUnbounded<WebhookDelivery>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(WebhookDelivery delivery) => _channel.Writer.TryWrite(delivery);

    public IAsyncEnumerable<WebhookDelivery> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
