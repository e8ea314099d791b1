using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/PendoGen.Benchmarks -- --filter '*' --job short --inProcess
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
