#include <iostream>
int main() { std::cout << "findings " FINDINGS_VERSION "\n"; return 0; }
