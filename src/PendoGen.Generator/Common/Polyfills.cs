// Polyfills that let the netstandard2.0 compiler plug-in use records, init-only setters and interpolated string
// handlers (SourceWriter.Line writes interpolated lines straight into its buffer). The compiler finds them by name.
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit
{
}

/// <summary>Marks a type as an interpolated string handler (C# 10).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
internal sealed class InterpolatedStringHandlerAttribute : Attribute
{
}

/// <summary>Names the arguments passed to an interpolated string handler's constructor.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
internal sealed class InterpolatedStringHandlerArgumentAttribute : Attribute
{
    public InterpolatedStringHandlerArgumentAttribute(string argument) => Arguments = new[] { argument };

    public InterpolatedStringHandlerArgumentAttribute(params string[] arguments) => Arguments = arguments;

    public string[] Arguments { get; }
}
