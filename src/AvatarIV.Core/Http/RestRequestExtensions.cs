using RestSharp;

namespace AvatarIV.Core.Http;

internal static class RestRequestExtensions
{
    /// <summary>Adds a query parameter only when it has a value (the surfaces treat absent and empty alike).</summary>
    public static RestRequest AddQueryIfSet(this RestRequest request, string name, string? value) =>
        string.IsNullOrEmpty(value) ? request : request.AddQueryParameter(name, value);
}
