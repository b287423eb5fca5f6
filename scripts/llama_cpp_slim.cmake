# Included right after llama.cpp's project() call when scripts/setup.sh compiles
# llama-cpp-python (CMAKE_PROJECT_llama.cpp_INCLUDE). llama-cpp-python forces the cache
# variable LLAMA_BUILD_COMMON on; this normal variable shadows it in llama.cpp's
# directory scope, so llama.cpp's "common" library (command-line parsing, chat
# templates, model downloads over cpp-httplib) is not compiled: about half of the
# compile, for a library the Python package never loads (it loads libllama and
# libggml*). LLAVA_BUILD=OFF (set by setup.sh) drops the multimodal library likewise.
set(LLAMA_BUILD_COMMON OFF)
