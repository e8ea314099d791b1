// Polyfills that let the netstandard2.0 compiler plug-in use records and init-only setters.
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit
{
}
