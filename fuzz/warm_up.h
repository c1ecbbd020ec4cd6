// Loads the engine's lazily built resources (hunspell-ar, gazetteer, NER model, tables) before
// libFuzzer starts timing units. Without it the first unit pays for every load, which under
// ASan on a slow CI machine crosses libFuzzer's 10 s slow-unit mark.
#pragma once

#include "rasd/pipeline.h"

namespace rasd::fuzz {

inline void warm_up() {
  RawDocument raw;
  raw.id = "warm-up";
  raw.text = "قال وزير الخارجية في القاهرة أمس إن ثلاثة أشخاص قتلوا.";
  raw.published = "2024-03-01";
  (void)Pipeline{}.run(raw);
}

}  // namespace rasd::fuzz

// libFuzzer calls this once, before the first unit.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  rasd::fuzz::warm_up();
  return 0;
}
