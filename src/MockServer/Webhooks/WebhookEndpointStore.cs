using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Persistence;

namespace AvatarIV.MockServer.Webhooks;

/// <summary>Every key's webhook endpoints (shared by the legacy and v3 routes), plus each key's callback_url secret.</summary>
public sealed class WebhookEndpointStore : IMockResettable
{
    private const string DocumentName = "webhook_endpoints";

    private readonly object _gate = new();
    private readonly List<WebhookEndpoint> _endpoints = [];
    private readonly Dictionary<string, string> _callbackSecrets = new(StringComparer.Ordinal);
    private readonly MockState _state;

    public WebhookEndpointStore(MockState? state = null)
    {
        _state = state ?? MockState.InMemory;
        if (_state.LoadDocument<Stored>(DocumentName) is { } stored)
        {
            _endpoints.AddRange(stored.Endpoints);
            foreach (var (keyId, secret) in stored.CallbackSecrets)
            {
                _callbackSecrets[keyId] = secret;
            }
        }
    }

    public WebhookEndpoint Add(string ownerKeyId, string url, IReadOnlyList<string>? events, string? entityId)
    {
        var endpoint = new WebhookEndpoint(WebhookSecrets.NewEndpointId(), ownerKeyId, url, events, entityId, WebhookSecrets.NewSecret(), DateTimeOffset.UtcNow);
        lock (_gate)
        {
            _endpoints.Add(endpoint);
            Persist();
        }

        return endpoint;
    }

    /// <summary>The owner's endpoints, oldest first.</summary>
    public IReadOnlyList<WebhookEndpoint> ListFor(string ownerKeyId)
    {
        lock (_gate)
        {
            return [.. _endpoints.Where(e => e.OwnerKeyId == ownerKeyId)];
        }
    }

    public WebhookEndpoint? Find(string ownerKeyId, string endpointId)
    {
        lock (_gate)
        {
            return _endpoints.Find(e => e.OwnerKeyId == ownerKeyId && e.EndpointId == endpointId);
        }
    }

    /// <summary>Replaces an endpoint with <paramref name="change"/>'s result; null when the owner has no such endpoint.</summary>
    public WebhookEndpoint? Update(string ownerKeyId, string endpointId, Func<WebhookEndpoint, WebhookEndpoint> change)
    {
        lock (_gate)
        {
            var index = _endpoints.FindIndex(e => e.OwnerKeyId == ownerKeyId && e.EndpointId == endpointId);
            if (index < 0)
            {
                return null;
            }

            _endpoints[index] = change(_endpoints[index]);
            Persist();
            return _endpoints[index];
        }
    }

    public bool Remove(string ownerKeyId, string endpointId)
    {
        lock (_gate)
        {
            var removed = _endpoints.RemoveAll(e => e.OwnerKeyId == ownerKeyId && e.EndpointId == endpointId) > 0;
            Persist();
            return removed;
        }
    }

    /// <summary>Signs a job's callback_url deliveries: one secret per key, made on first use.</summary>
    public string CallbackSecretFor(string ownerKeyId)
    {
        lock (_gate)
        {
            if (!_callbackSecrets.TryGetValue(ownerKeyId, out var secret))
            {
                secret = WebhookSecrets.NewSecret();
                _callbackSecrets[ownerKeyId] = secret;
                Persist();
            }

            return secret;
        }
    }

    public IReadOnlyDictionary<string, string> CallbackSecrets()
    {
        lock (_gate)
        {
            return new Dictionary<string, string>(_callbackSecrets);
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _endpoints.Clear();
            _callbackSecrets.Clear();
        }
    }

    /// <summary>Called under the gate after each change.</summary>
    private void Persist() => _state.SaveDocument(DocumentName, new Stored([.. _endpoints], new Dictionary<string, string>(_callbackSecrets)));

    private sealed record Stored(List<WebhookEndpoint> Endpoints, Dictionary<string, string> CallbackSecrets);
}
