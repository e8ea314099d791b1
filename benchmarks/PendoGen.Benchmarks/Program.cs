using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/PendoGen.Benchmarks -- --filter '*' --job short --inProcess
// dotnet run -c Release --project benchmarks/PendoGen.Benchmarks -- --analyzer-share
if (args is ["--analyzer-share"])
{
    PendoGen.Benchmarks.AnalyzerShare.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
