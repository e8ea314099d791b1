using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PendoGen.Common;
using PendoGen.Json;

namespace PendoGen.Diagnostics;

/// <summary>
/// A diagnostic captured by value, so it can sit in an incremental model. Schema files are AdditionalFiles, so
/// the location is always an external-file location made from the path and span.
/// </summary>
internal sealed record DiagnosticInfo(string DescriptorId, string FilePath, SourceSpan Span, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string filePath, SourceSpan span, params string[] arguments) =>
        new(descriptor.Id, filePath, span, arguments.ToEquatableArray());

    public Diagnostic ToDiagnostic()
    {
        DiagnosticDescriptor descriptor = DiagnosticDescriptors.ById(DescriptorId);
        var location = Location.Create(
            OpenApi.OpenApiPaths.SourceFile(FilePath),
            new TextSpan(Span.Start, Span.Length),
            new LinePositionSpan(new LinePosition(Span.StartLine, Span.StartColumn), new LinePosition(Span.EndLine, Span.EndColumn)));
        return Diagnostic.Create(descriptor, location, System.Linq.Enumerable.ToArray<object>(Arguments));
    }
}
