using AvatarIV.MockServer.Hosting;

namespace AvatarIV.MockServer.Journal;

/// <summary>Registers a singleton that <c>POST /_mock/reset</c> also resets.</summary>
public static class ResettableServices
{
    public static IServiceCollection AddResettableSingleton<T>(this IServiceCollection services, Func<IServiceProvider, T>? factory = null)
        where T : class, IMockResettable
    {
        if (factory is null)
        {
            services.AddSingleton<T>();
        }
        else
        {
            services.AddSingleton(factory);
        }

        return services.AddSingleton<IMockResettable>(sp => sp.GetRequiredService<T>());
    }
}
